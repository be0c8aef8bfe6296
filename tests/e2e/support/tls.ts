import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SITE_HOSTS = ['www.strava.com', 'connect.garmin.com'] as const;

export interface TlsCredentials {
  key: string;
  cert: string;
}

/** A throwaway self-signed certificate for the real sites' host names, made with openssl. */
export function makeThrowawayCertificate(): TlsCredentials {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=www.strava.com',
        '-addext',
        `subjectAltName=${SITE_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new Error(`openssl could not make a test certificate (Debian package "openssl"): ${String(error)}`);
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}
