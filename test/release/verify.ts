// `npm run package:verify`: proves the packages are reproducible from the source archive, as
// AMO's reviewers rebuild them. After `npm run package` (the script runs it first), it unpacks
// lede-source-<version>.zip into two fresh temporary folders, runs the README's build commands
// in each (`npm ci`, then `npm run package`), and compares the sha256 of the Chrome and Firefox
// packages from both with the ones in .lede-out/package/. Any difference fails.
// Options: --keep (leave the temporary folders), --out DIR (where `npm run package` wrote).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';

const ROOT = resolve(import.meta.dirname, '../..');
/** The README's build instructions for the store packages, run as written. */
const BUILD_COMMANDS = [
  ['npm', 'ci', '--no-audit', '--no-fund'],
  ['npm', 'run', 'package'],
];

const { values: args } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'boolean' } } });
const OUT = resolve(args.out ?? join(ROOT, '.lede-out', 'package'));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function fail(message: string): never {
  console.error(`package:verify: ${message}`);
  process.exit(1);
}

/** The archive's files under `dir`. Times on disk are now, not the archive's: the build must
 *  not care. .ci/run is the one executable file; git's mode is in the archive, fflate's reader
 *  does not give it back, and nothing in the build runs it. */
function unpack(archive: string, dir: string): string {
  let top = '';
  for (const [path, data] of Object.entries(unzipSync(readFileSync(archive)))) {
    const file = join(dir, path);
    if (!file.startsWith(dir + '/')) fail(`${archive}: entry ${path} would land outside ${dir}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    top = path.split('/')[0];
  }
  const ciRun = join(dir, top, '.ci', 'run');
  if (existsSync(ciRun)) chmodSync(ciRun, 0o755);
  return join(dir, top);
}

function build(tree: string, log: string): void {
  // Node's own environment, less what would make npm or the build behave differently here.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('npm_') || key === 'INIT_CWD') delete env[key];
  for (const command of BUILD_COMMANDS) {
    const started = Date.now();
    const run = spawnSync(command[0], command.slice(1), { cwd: tree, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    writeFileSync(log, `$ ${command.join(' ')}\n${run.stdout}${run.stderr}\n`, { flag: 'a' });
    console.log(`  ${command.join(' ')}: exit ${run.status} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (run.status !== 0) fail(`\`${command.join(' ')}\` failed in ${tree}; its output is in ${log}:\n${(run.stdout + run.stderr).split('\n').slice(-25).join('\n')}`);
  }
}

function main(): void {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const archive = join(OUT, `lede-source-${version}.zip`);
  if (!existsSync(archive)) fail(`${archive} is missing; run \`npm run package\` in a git checkout first`);
  const names = [`lede-chrome-${version}.zip`, `lede-firefox-${version}.xpi`];

  const builds: Array<{ label: string; dir: string }> = [{ label: 'work tree', dir: OUT }];
  const temps: string[] = [];
  for (const n of [1, 2]) {
    const temp = mkdtempSync(join(tmpdir(), `lede-verify-${n}-`));
    temps.push(temp);
    const tree = unpack(archive, temp);
    console.log(`build ${n} from the source archive, in ${tree}:`);
    build(tree, join(temp, 'build.log'));
    builds.push({ label: `source build ${n}`, dir: join(tree, '.lede-out', 'package') });
  }

  let same = true;
  for (const name of names) {
    console.log(name);
    const hashes = builds.map(({ label, dir }) => {
      const file = join(dir, name);
      const hash = existsSync(file) ? sha256(file) : 'missing';
      console.log(`  ${hash}  ${label}`);
      return hash;
    });
    if (new Set(hashes).size !== 1 || hashes[0] === 'missing') same = false;
  }
  if (!same) {
    fail(`the packages differ (folders kept: ${temps.join(', ')}). If only "work tree" differs, it has changes the source archive (HEAD) lacks: commit and package again`);
  }
  if (args.keep) console.log(`kept: ${temps.join(', ')}`);
  else for (const temp of temps) rmSync(temp, { recursive: true, force: true });
  console.log('package:verify: the Chrome and Firefox packages are byte-identical in both builds from the source archive and in the work tree’s');
}

main();
