// Writes tests/fixtures/article-shingles.json: hashes of every 6-word phrase of the source
// article, so a test can prove the tips are in our own words without the project keeping
// the article's text. Usage: npx tsx scripts/article-shingles.ts <path to the article>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shingleHashes } from '../tests/unit/tips/shingles';

const [articlePath] = process.argv.slice(2);
if (!articlePath) throw new Error('Usage: npx tsx scripts/article-shingles.ts <path to the article>');
const hashes = [...shingleHashes(readFileSync(articlePath, 'utf8'))].sort();
writeFileSync(
  join(import.meta.dirname, '..', 'tests', 'fixtures', 'article-shingles.json'),
  `${JSON.stringify(hashes)}\n`,
);
console.log(`${hashes.length} phrase hashes written.`);
