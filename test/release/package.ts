// `npm run package`: the store packages, from dist/ (the script builds it first), into
// .lede-out/package/ (or --out DIR):
//   lede-chrome-<version>.zip    Chrome Web Store (manifest: chromeManifest, manifest.ts)
//   lede-firefox-<version>.xpi   addons.mozilla.org (manifest: firefoxManifest), checked with
//                                web-ext lint, which must report no error
//   lede-source-<version>.zip    the source AMO asks for (git's tracked files at HEAD); only
//                                from a git checkout: a build from this archive has no git
//   store/                       the store images, copied from the e2e run's test-results/store/
//   SHA256SUMS                   the hashes, as `sha256sum -c` reads them
// Every zip is byte-for-byte reproducible (zip.ts); `npm run package:verify` proves it by
// building twice from the source archive.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { chromeManifest, firefoxManifest, manifestBytes, releaseVersion, type Manifest } from './manifest';
import { gitSource, isGitWorkTree } from './source';
import { lintAndReport } from '../tools/lint-ext';
import { entriesFromDir, epochFromEnv, writeZip, type ZipEntry } from './zip';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const STORE_IMAGES_DIR = join(ROOT, 'test-results', 'store');
/** What the stores ask for: Chrome's 1280×800 screenshots and 440×280 small promo tile (AMO
 *  takes screenshots of any size up to 2400×1800). */
const STORE_IMAGES: Array<[name: string, width: number, height: number]> = [
  ['screenshot-popup-1280x800.png', 1280, 800],
  ['screenshot-reader-1280x800.png', 1280, 800],
  ['tile-440x280.png', 440, 280],
];

const { values: args } = parseArgs({ options: { out: { type: 'string' }, 'no-lint': { type: 'boolean' } } });
const OUT = resolve(args.out ?? join(ROOT, '.lede-out', 'package'));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const show = (path: string) => relative(process.cwd(), path) || '.';

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** dist/ as built from this manifest.json: a stale or missing build would ship the wrong code. */
function distEntries(source: Manifest): ZipEntry[] {
  if (!existsSync(join(DIST, 'manifest.json'))) fail('dist/ is not built; run `npm run build` first (npm run package does)');
  const built = readJson(join(DIST, 'manifest.json'));
  if (JSON.stringify(built) !== JSON.stringify(source)) fail('dist/manifest.json differs from manifest.json: dist/ is stale; run `npm run build`');
  return entriesFromDir(DIST).filter((e) => e.path !== 'manifest.json');
}

/** The Firefox package through web-ext lint (the checks AMO runs on upload), unpacked as AMO
 *  unpacks it. Errors fail the package; a warning not explained in test/tools/lint-ext.ts is
 *  printed as new. */
function lintFirefox(xpi: Uint8Array): void {
  const dir = mkdtempSync(join(tmpdir(), 'lede-lint-'));
  try {
    for (const [path, data] of Object.entries(unzipSync(xpi))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
    let found: { errors: number; unexplained: number };
    try {
      found = lintAndReport(dir, 'Firefox package');
    } catch (error) {
      fail((error as Error).message);
    }
    if (found.errors) fail('web-ext lint found errors in the Firefox package');
    if (found.unexplained) console.warn(`web-ext lint: ${found.unexplained} new warning(s) or notice(s): fix, or explain in test/tools/lint-ext.ts, before uploading`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PNG's size from its IHDR chunk, or null if the file is not a PNG. */
function pngSize(data: Buffer): [number, number] | null {
  if (data.length < 24 || data.readUInt32BE(0) !== 0x89504e47 || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

function copyStoreImages(): string[] {
  const missing = STORE_IMAGES.filter(([name]) => !existsSync(join(STORE_IMAGES_DIR, name))).map(([name]) => name);
  const present = STORE_IMAGES.filter(([name]) => !missing.includes(name));
  if (present.length) mkdirSync(join(OUT, 'store'), { recursive: true });
  const written: string[] = [];
  for (const [name, width, height] of present) {
    const from = join(STORE_IMAGES_DIR, name);
    const size = pngSize(readFileSync(from));
    if (!size || size[0] !== width || size[1] !== height) {
      console.warn(`store image ${name} is ${size ? `${size[0]}×${size[1]}` : 'not a PNG'}, not ${width}×${height}: copied anyway, check it before uploading`);
    }
    copyFileSync(from, join(OUT, 'store', name));
    written.push(join(OUT, 'store', name));
  }
  if (missing.length) {
    console.log(`store images: ${missing.join(', ')} not in ${show(STORE_IMAGES_DIR)}/ (the e2e run writes them); packages made without them`);
  }
  return written;
}

function main(): void {
  const source = readJson(join(ROOT, 'manifest.json')) as Manifest;
  let version: string;
  try {
    version = releaseVersion(source, readJson(join(ROOT, 'package.json')));
  } catch (error) {
    fail((error as Error).message);
  }
  const epoch = epochFromEnv();
  const files = distEntries(source);

  // Only our own files go: the folder may be one the user chose.
  rmSync(join(OUT, 'store'), { recursive: true, force: true });
  for (const name of ['SHA256SUMS', `lede-chrome-${version}.zip`, `lede-firefox-${version}.xpi`, `lede-source-${version}.zip`]) {
    rmSync(join(OUT, name), { force: true });
  }
  mkdirSync(OUT, { recursive: true });

  const packages: Array<[name: string, data: Uint8Array]> = [];
  const withManifest = (manifest: Manifest) => [...files, { path: 'manifest.json', data: manifestBytes(manifest) }];
  packages.push([`lede-chrome-${version}.zip`, writeZip(withManifest(chromeManifest(source)), epoch)]);
  const xpi = writeZip(withManifest(firefoxManifest(source)), epoch);
  packages.push([`lede-firefox-${version}.xpi`, xpi]);

  if (isGitWorkTree(ROOT)) {
    const src = gitSource(ROOT, `lede-${version}/`);
    packages.push([`lede-source-${version}.zip`, writeZip(src.entries, epoch)]);
    console.log(`source archive: ${src.entries.length} files tracked at ${src.commit.slice(0, 12)}`);
    if (src.uncommitted.length) {
      const shown = src.uncommitted.slice(0, 5).join('; ') + (src.uncommitted.length > 5 ? '; …' : '');
      console.warn(`WARNING: uncommitted changes (${shown}): the packages are built from the work tree, the source archive from the last commit; commit before a release`);
    }
  } else {
    console.log('source archive: not made (no git repository here, as in an unpacked source archive)');
  }

  for (const [name, data] of packages) writeFileSync(join(OUT, name), data);
  if (!args['no-lint']) lintFirefox(xpi);
  const images = copyStoreImages();

  const sums = [...packages.map(([name, data]) => `${sha256(data)}  ${name}`), ...images.map((p) => `${sha256(readFileSync(p))}  ${relative(OUT, p)}`)];
  writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  console.log(`Lede ${version} packaged in ${show(OUT)}/ (entry times ${new Date(epoch * 1000).toISOString()}):`);
  for (const [name, data] of packages) console.log(`  ${sha256(data)}  ${name}  (${data.length} bytes)`);
  for (const p of images) console.log(`  ${sha256(readFileSync(p))}  ${relative(OUT, p)}`);
}

main();
