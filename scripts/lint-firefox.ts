// Runs web-ext lint on each Firefox build and fails on any error, or on any warning other
// than the one Preact's runtime is known to bring (an innerHTML assignment it only makes for
// dangerouslySetInnerHTML, which our code never uses: see biome.json).
import { execFileSync } from 'node:child_process';
import { BUILDS, builtExtension } from '../tests/e2e/support/builds';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

const KNOWN_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);
let failed = false;

for (const target of [BUILDS.firefoxMv2, BUILDS.firefoxMv3]) {
  const output = runLint(builtExtension(target));
  const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  const unexpected = report.warnings.filter((warning) => !KNOWN_WARNINGS.has(warning.code));
  console.log(
    `web-ext lint ${target}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
      `(${report.warnings.length - unexpected.length} known: Preact's innerHTML), ${report.notices.length} notices`,
  );
  for (const message of [...report.errors, ...unexpected]) {
    console.log(`  ${message.code} ${message.file ?? ''}: ${message.message}`);
  }
  if (report.errors.length > 0 || unexpected.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;

function runLint(sourceDir: string): string {
  const args = ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'];
  try {
    return execFileSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (stdout) return stdout;
    throw error;
  }
}
