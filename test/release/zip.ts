// Zip archives that are the same bytes whenever their contents are: the store packages and the
// source archive are compared by hash (npm run package:verify), and AMO rebuilds the Firefox
// package from the source archive and compares it with the one uploaded.
//
// What a zip records besides the contents, and how each is fixed here:
// - entry order: sorted by path (byte order of the UTF-8 name), never the order a folder lists;
// - timestamps: one given time for every entry, never the files' mtimes. A zip stores local
//   date and time fields with no time zone, and fflate fills them from a Date's local fields,
//   so the Date handed over has local fields equal to the UTC time wanted: the same bytes in
//   any TZ;
// - permissions: "made by Unix", 0644 for files, 0755 only where the caller says executable
//   (from git's mode, not the disk's);
// - compression: fflate's own deflate, level 9. It is plain JavaScript pinned by the lock file,
//   so the output does not depend on the zlib build inside whichever Node runs it;
// - no directory entries, no extra fields (no extended timestamps, no uid/gid), no comment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type ZipOptions } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated, relative. */
  path: string;
  data: Uint8Array;
  /** Stored as mode 0755 instead of 0644. */
  executable?: boolean;
}

/** 1980-01-01T00:00:00Z, the earliest time a zip can record: the default entry time, so the
 *  packages do not depend on when or where they were built. SOURCE_DATE_EPOCH overrides it. */
export const DEFAULT_EPOCH = 315_532_800;

const UNIX = 3;
const FILE_MODE = 0o100644;
const EXEC_MODE = 0o100755;

/** The entry time: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) if set. */
export function epochFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return DEFAULT_EPOCH;
  if (!/^\d+$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${raw}"`);
  return Number(raw);
}

/** A Date whose local fields read as `epochSeconds` in UTC (see the header). Zip times have
 *  two-second steps, so odd seconds round down, as every zip writer does. */
export function zipTime(epochSeconds: number): Date {
  const utc = new Date(epochSeconds * 1000);
  const year = utc.getUTCFullYear();
  if (year < 1980 || year > 2099) throw new Error(`zip entry times must fall in 1980–2099; got ${utc.toISOString()}`);
  const local = new Date(year, utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
  // A wall-clock time the local zone skips (a daylight-saving gap) cannot be expressed this way.
  if (local.getHours() !== utc.getUTCHours() || local.getDate() !== utc.getUTCDate()) {
    throw new Error(`${utc.toISOString()} does not exist in the local time zone (${process.env.TZ ?? 'system'}); build with TZ=UTC`);
  }
  return local;
}

function checkPath(path: string): void {
  if (!path || path.startsWith('/') || path.includes('\\') || path.endsWith('/')) throw new Error(`bad zip entry path: "${path}"`);
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error(`bad zip entry path: "${path}"`);
}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The archive's bytes: a pure function of the entries (in any order) and the time. */
export function writeZip(entries: readonly ZipEntry[], epochSeconds: number): Uint8Array {
  const mtime = zipTime(epochSeconds);
  const sorted = [...entries].sort((a, b) => byUtf8(a.path, b.path));
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [i, entry] of sorted.entries()) {
    checkPath(entry.path);
    if (i > 0 && sorted[i - 1].path === entry.path) throw new Error(`duplicate zip entry: ${entry.path}`);
    const mode = entry.executable ? EXEC_MODE : FILE_MODE;
    files[entry.path] = [entry.data, { level: 9, mtime, os: UNIX, attrs: (mode << 16) >>> 0 }];
  }
  // fflate writes entries in the object's key order, and JavaScript lists integer-like keys
  // ("1", "42") first whatever the insertion order. No package has such a name at its top level
  // (the source archive's are all in lede-<version>/); refuse one rather than write it unsorted.
  const order = Object.keys(files);
  if (order.some((path, i) => path !== sorted[i].path)) throw new Error(`zip entry order would not be sorted: ${order.join(', ')}`);
  return zipSync(files);
}

/** Every file under `dir` as entries named relative to it: contents only, so the files' times
 *  and modes on disk change nothing. */
export function entriesFromDir(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (sub: string) => {
    for (const item of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${item.name}` : item.name;
      if (item.isDirectory()) walk(path);
      else if (item.isFile()) out.push({ path, data: readFileSync(join(dir, path)) });
      else throw new Error(`${join(dir, path)}: not a file or folder (a link?); the packages hold plain files only`);
    }
  };
  walk('');
  return out.sort((a, b) => byUtf8(a.path, b.path));
}
