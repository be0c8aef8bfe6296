import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fails with the Debian package to install, rather than skipping, when a browser is missing. */
export function requireBrowser(path: string, debianPackage: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `No browser at ${path}. Install the Debian package "${debianPackage}" (sudo apt-get install -y ${debianPackage}), or point ${debianPackage === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at it.`,
    );
  }
  return path;
}
