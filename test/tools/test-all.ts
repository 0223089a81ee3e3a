// `npm run test:all`: every test, on a machine that has only Node and apt. In order: the Debian
// packages the browser suites drive (installed when missing, as root), the build, the type
// check, the unit and golden-page tests, `web-ext lint`, and the end-to-end suites in Chromium
// and Firefox. Stops at the first step that fails. Ends with the time of each step and one line
// "N passed, N failed" over both Vitest runs.
import './plain-output';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensurePackages } from './system-deps';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');

/** Chromium and Firefox ESR for the e2e suites; Xvfb and xdotool for the one headed test that
 *  presses the real keyboard shortcut (test/e2e/gesture.test.ts). */
const SYSTEM_PACKAGES = ['chromium', 'firefox-esr', 'xvfb', 'xdotool'];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  run: () => boolean;
}

const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const times: Array<[string, number, boolean]> = [];

function sh(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return r.status === 0;
}

/** A Vitest project, with the default reporter for people and a JSON one we count from. */
function vitest(project: string): boolean {
  const json = join(RESULTS, `vitest-${project}.json`);
  rmSync(json, { force: true });
  const ok = sh('npx', ['--no-install', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  if (existsSync(json)) {
    const r = JSON.parse(readFileSync(json, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  return ok;
}

const steps: Step[] = [
  {
    name: 'system packages',
    run: () => {
      const r = ensurePackages(SYSTEM_PACKAGES);
      if (!r.ok) console.error(`lede: ${r.reason}`);
      else console.log(r.installed.length ? `Installed ${r.installed.join(', ')}.` : `Present: ${SYSTEM_PACKAGES.join(', ')}.`);
      return r.ok;
    },
  },
  { name: 'build', run: () => sh('npm', ['run', '--silent', 'build']) },
  { name: 'typecheck', run: () => sh('npm', ['run', '--silent', 'typecheck']) },
  { name: 'unit tests', run: () => vitest('unit') },
  { name: 'web-ext lint', run: () => sh('npx', ['--no-install', 'tsx', 'test/tools/lint-ext.ts', '--source-dir', 'dist']) },
  { name: 'e2e tests', run: () => vitest('e2e') },
];

mkdirSync(RESULTS, { recursive: true });
let failedStep: string | undefined;
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  const start = performance.now();
  const ok = step.run();
  times.push([step.name, (performance.now() - start) / 1000, ok]);
  if (!ok) {
    failedStep = step.name;
    break;
  }
}

console.log('\n── summary ──');
for (const [name, s, ok] of times) console.log(`${ok ? 'ok    ' : 'FAILED'}  ${name.padEnd(16)} ${s.toFixed(1).padStart(6)} s`);
if (failedStep) console.log(`stopped at: ${failedStep}`);
// The plain closing line CI reads; Vitest's own ("Tests 748 passed (748)") is not one it knows.
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
