import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Server, type Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { GARMIN_EMBED, GARMIN_PAYLOADS } from '../../fixtures/garmin-connect/payloads';
import { STRAVA_FEED, STRAVA_PAGES } from '../../fixtures/strava/pages';
import { makeThrowawayCertificate, SITE_HOSTS } from './tls';

export interface FixtureServer {
  /** The TLS server answering for the real host names. */
  httpsPort: number;
  /** An HTTP proxy that tunnels CONNECT for the real host names to `httpsPort` (for Firefox). */
  proxyPort: number;
  /** Every request the server saw, as "host path". */
  requests: string[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

const STRAVA_ACTIVITY = /^\/activities\/(\d+)(?:\/[a-z-]+)?\/?$/;
/** "My Activities", and the JSON it loads its list from (whatever the query asks). */
const STRAVA_TRAINING: Record<string, string> = {
  '/athlete/training': 'my-activities.html',
  '/athlete/training_activities': 'training-activities.json',
};
/** The app's pages: the activities list and an activity, today's (/app/) and of before 2025 (/modern/). */
const GARMIN_APP_PAGE = /^\/(?:app|modern)\/(?:activity\/\d+|activities)\/?$/;
const GARMIN_EMBED_PAGE = /^\/modern\/activity\/embed\/(\d+)\/?$/;
const GARMIN_ACTIVITY_JSON = /^\/(?:gc-api\/|modern\/proxy\/)activity-service\/activity\/(\d+)\/?$/;
const GARMIN_LIST_JSON = '/gc-api/activitylist-service/activities/search/activities';

/** Serves the fixture pages under the real sites' host names, over TLS, on loopback only. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const https = createHttpsServer(makeThrowawayCertificate(), (request, response) => {
    requests.push(`${request.headers.host ?? ''} ${request.url ?? ''}`);
    void answer(request, response);
  });
  const proxy = createHttpServer((_request, response) => {
    response.writeHead(403).end('This test proxy only tunnels HTTPS to the fixture hosts.');
  });
  proxy.on('connect', (request: IncomingMessage, client) => {
    const [host] = (request.url ?? '').split(':');
    if (!SITE_HOSTS.includes(host as (typeof SITE_HOSTS)[number])) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port(https), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  // Tunnels and keep-alive connections would hold `close()` open until the browser lets go.
  const sockets = new Set<Socket>();
  for (const server of [https, proxy]) {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }

  await Promise.all([listen(https), listen(proxy)]);
  return {
    httpsPort: port(https),
    proxyPort: port(proxy),
    requests,
    close: async () => {
      const closed = Promise.all([close(https), close(proxy)]);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** Asked for by a page served with `?hang=image`: never answered, so the page never finishes loading. */
const HANGING_IMAGE = '/_hang/photo.jpg';

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const host = (request.headers.host ?? '').split(':')[0];
  const url = new URL(request.url ?? '/', 'https://fixture.invalid');
  const path = url.pathname;
  if (path === HANGING_IMAGE) return;
  const file =
    host === 'www.strava.com' ? stravaFile(path) : host === 'connect.garmin.com' ? garminFile(path) : undefined;
  if (file === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not a fixture page.');
    return;
  }
  try {
    let body = await readFile(file);
    if (url.searchParams.get('hang') === 'image' && extname(file) === '.html') {
      body = Buffer.from(body.toString('utf8').replace('</body>', `<img alt="" src="${HANGING_IMAGE}"></body>`));
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Fixture file missing.');
  }
}

function stravaFile(path: string): string | undefined {
  if (path.startsWith('/_site/')) {
    const relative = normalize(path.slice(1));
    return relative.startsWith('_site/') ? join(FIXTURES_DIR, relative) : undefined;
  }
  if (path === new URL(STRAVA_FEED.url).pathname) return join(FIXTURES_DIR, 'strava', STRAVA_FEED.file);
  if (Object.hasOwn(STRAVA_TRAINING, path)) return join(FIXTURES_DIR, 'strava', STRAVA_TRAINING[path] ?? '');
  const id = STRAVA_ACTIVITY.exec(path)?.[1];
  const page = STRAVA_PAGES.find((candidate) => candidate.url.endsWith(`/activities/${id}`));
  return page ? join(FIXTURES_DIR, 'strava', page.file) : undefined;
}

function garminFile(path: string): string | undefined {
  if (GARMIN_APP_PAGE.test(path)) return join(FIXTURES_DIR, 'garmin-connect', 'activity-app.html');
  if (GARMIN_EMBED_PAGE.exec(path)?.[1] === GARMIN_EMBED.url.split('/').pop()) {
    return join(FIXTURES_DIR, 'garmin-connect', GARMIN_EMBED.file);
  }
  if (path === GARMIN_LIST_JSON) return join(FIXTURES_DIR, 'garmin-connect', 'activity-list.json');
  const id = GARMIN_ACTIVITY_JSON.exec(path)?.[1];
  const payload = GARMIN_PAYLOADS.find((candidate) => candidate.activityId === id);
  return payload ? join(FIXTURES_DIR, 'garmin-connect', payload.file) : undefined;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function port(server: Server): number {
  return (server.address() as AddressInfo).port;
}
