import { SITES } from '../sites/all-sites';

const DIGITS = /^\d+$/;
/**
 * The words of the sites' own page addresses. Any other segment could be something of the
 * runner's (a name in a profile address, say), so it is never copied.
 */
const PATH_WORDS = new Set(SITES.flatMap((site) => site.pathWords));
const HOSTS = new Set(SITES.flatMap((site) => site.hosts));

/**
 * The shape of a page address with nothing of the runner's in it: "www.strava.com/activities/<id>/overview".
 * A segment of digits becomes `<id>`, a word of the sites' own addresses stays, anything
 * else becomes `<…>`, and a host that is not one of the sites' becomes `<host>`;
 * the query and the fragment are left out, as are user name, password and port.
 */
export function urlPattern(url: string): string {
  if (!URL.canParse(url)) return '<not a URL>';
  const { hostname, pathname } = new URL(url);
  const host = HOSTS.has(hostname) ? hostname : '<host>';
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(segmentPattern);
  return [host, ...segments].join('/');
}

function segmentPattern(segment: string): string {
  if (DIGITS.test(segment)) return '<id>';
  if (PATH_WORDS.has(segment)) return segment;
  return '<…>';
}
