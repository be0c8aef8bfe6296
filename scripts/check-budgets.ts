// Fails when a build breaks its size budget (gzip): each reader at most 4 KB, each page bridge
// at most 2 KB, the in-page panel at most 20 KB, the background at most 25 KB, each extension
// page at most 40 KB of JavaScript. Run after `npm run build:all`.
import { join } from 'node:path';
import { BUILDS } from '../tests/e2e/support/builds';
import { budgetProblems, bundleSizes } from './bench/sizes';

const outputDir = join(import.meta.dirname, '..', '.output');
const sizes = Object.values(BUILDS).flatMap((build) => bundleSizes(outputDir, build));
for (const size of sizes) {
  console.log(
    `${size.build.padEnd(12)} ${size.kind.padEnd(15)} ${size.name.padEnd(12)} ${String(size.gzipBytes).padStart(7)} B gzip  ${String(size.rawBytes).padStart(7)} B raw`,
  );
}
const problems = budgetProblems(sizes);
for (const problem of problems) console.error(`Over budget: ${problem}`);
console.log(problems.length === 0 ? 'All bundles within budget.' : `${problems.length} over budget.`);
process.exitCode = problems.length === 0 ? 0 : 1;
