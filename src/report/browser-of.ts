/** Browsers by the token their user agent string names them with, most specific first. */
const BROWSERS: readonly [name: string, token: RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Firefox', /\bFirefox\/(\d+)/],
  ['Chrome', /\b(?:Headless)?Chrome\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//],
];

/** "Firefox 128": the browser's name and major version, and nothing else the user agent says. */
export function browserOf(userAgent: string): string {
  for (const [name, token] of BROWSERS) {
    const major = token.exec(userAgent)?.[1];
    if (major !== undefined) return `${name} ${major}`;
  }
  return 'unknown browser';
}
