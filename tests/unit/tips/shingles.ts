import { createHash } from 'node:crypto';

/** Words in a row that make a phrase long enough to count as copied. */
export const SHINGLE_WORDS = 6;

/** Lower-case words, apostrophes and punctuation dropped, accents kept. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A short hash of every run of SHINGLE_WORDS words: enough to compare texts without keeping one of them. */
export function shingleHashes(text: string): Set<string> {
  const all = words(text);
  const hashes = new Set<string>();
  for (let start = 0; start + SHINGLE_WORDS <= all.length; start++) {
    const phrase = all.slice(start, start + SHINGLE_WORDS).join(' ');
    hashes.add(createHash('sha256').update(phrase).digest('hex').slice(0, 16));
  }
  return hashes;
}
