import { existsSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT_DIR = join(import.meta.dirname, '..', '..', '..', '.output');

export const BUILDS = {
  chrome: 'chrome-mv3',
  firefoxMv2: 'firefox-mv2',
  firefoxMv3: 'firefox-mv3',
} as const;

/** The built, unpacked extension the end-to-end tests load: never the sources. */
export function builtExtension(target: (typeof BUILDS)[keyof typeof BUILDS]): string {
  const dir = join(OUTPUT_DIR, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npm run build:all" first.`);
  }
  return dir;
}
