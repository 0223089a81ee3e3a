// The packages are compared by hash (npm run package:verify, AMO's rebuild): the zip writer must
// give the same bytes for the same contents, whatever the clock, the files' times and modes on
// disk, the order a folder lists them in, or the time zone.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EPOCH, entriesFromDir, epochFromEnv, writeZip, type ZipEntry } from './zip';

const text = (s: string) => new TextEncoder().encode(s);
const ENTRIES: ZipEntry[] = [
  { path: 'manifest.json', data: text('{"manifest_version": 3}\n') },
  { path: 'icons/icon-16.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { path: 'background.js', data: text('console.log("lede");\n'.repeat(50)) },
  { path: 'run', data: text('#!/bin/sh\n'), executable: true },
];

/** Central directory records: [name, DOS time, DOS date, external attributes]. */
function centralDirectory(zip: Uint8Array): Array<{ name: string; time: number; date: number; mode: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      mode: view.getUint32(at + 38, true) >>> 16,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** A DOS date and time as "YYYY-MM-DD hh:mm:ss". */
function dosTime({ date, time }: { date: number; time: number }): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${1980 + (date >> 9)}-${p((date >> 5) & 15)}-${p(date & 31)} ${p(time >> 11)}:${p((time >> 5) & 63)}:${p((time & 31) * 2)}`;
}

const savedTz = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('writeZip', () => {
  it('gives the same bytes for the same entries, at another time of day and in another order', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    const first = writeZip(ENTRIES, DEFAULT_EPOCH);
    vi.setSystemTime(new Date('2027-11-20T17:33:21Z'));
    const second = writeZip([...ENTRIES].reverse(), DEFAULT_EPOCH);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes in any time zone, with the entry time written as UTC', () => {
    const epoch = 1_700_000_000; // 2023-11-14T22:13:20Z
    process.env.TZ = 'America/Los_Angeles';
    const west = writeZip(ENTRIES, epoch);
    process.env.TZ = 'Asia/Tokyo';
    const east = writeZip(ENTRIES, epoch);
    expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    for (const entry of centralDirectory(east)) expect(dosTime(entry)).toBe('2023-11-14 22:13:20');
  });

  it('stores entries sorted by path, at the given time, 0644 or 0755, without extra fields', () => {
    const zip = writeZip(ENTRIES, DEFAULT_EPOCH);
    const records = centralDirectory(zip);
    expect(records.map((r) => r.name)).toEqual(['background.js', 'icons/icon-16.png', 'manifest.json', 'run']);
    expect(records.map((r) => r.mode)).toEqual([0o100644, 0o100644, 0o100644, 0o100755]);
    for (const record of records) expect(dosTime(record)).toBe('1980-01-01 00:00:00');
    // 46-byte records plus the names only: no extra field (extended timestamps, uid/gid).
    const names = records.reduce((n, r) => n + r.name.length, 0);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(zip.length - 22 + 12, true)).toBe(46 * records.length + names);
  });

  it('refuses, rather than reorders, names that JavaScript objects list first ("10", "2")', () => {
    // fflate writes entries in its input object's key order, where integer-like keys come first.
    expect(() => writeZip([{ path: 'b', data: text('b') }, { path: '2', data: text('y') }, { path: '10', data: text('x') }], DEFAULT_EPOCH)).toThrow(
      /order would not be sorted/,
    );
    // Inside a folder, as everything in the source archive is, such names are fine.
    const zip = writeZip([{ path: 'd/b', data: text('b') }, { path: 'd/2', data: text('y') }, { path: 'd/10', data: text('x') }], DEFAULT_EPOCH);
    expect(centralDirectory(zip).map((r) => r.name)).toEqual(['d/10', 'd/2', 'd/b']);
  });

  it('round-trips the contents', () => {
    const files = unzipSync(writeZip(ENTRIES, DEFAULT_EPOCH));
    for (const entry of ENTRIES) expect(Buffer.from(files[entry.path]).equals(Buffer.from(entry.data))).toBe(true);
  });

  it('refuses paths that could escape or collide', () => {
    for (const path of ['/etc/passwd', '../x', 'a/../b', 'a//b', 'a\\b', 'dir/', '']) {
      expect(() => writeZip([{ path, data: text('') }], DEFAULT_EPOCH), path).toThrow(/bad zip entry path/);
    }
    expect(() => writeZip([ENTRIES[0], ENTRIES[0]], DEFAULT_EPOCH)).toThrow(/duplicate/);
  });

  it('refuses a time a zip cannot hold', () => {
    expect(() => writeZip(ENTRIES, 0)).toThrow(/1980/);
  });
});

describe('entriesFromDir', () => {
  it('reads the same entries whatever the files’ times and modes on disk', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'lede-zip-a-')), mkdtempSync(join(tmpdir(), 'lede-zip-b-'))];
    try {
      for (const [i, dir] of dirs.entries()) {
        // Written in opposite orders, with different times and modes.
        const order = i === 0 ? ENTRIES : [...ENTRIES].reverse();
        for (const entry of order) {
          const file = join(dir, entry.path);
          mkdirSync(join(file, '..'), { recursive: true });
          writeFileSync(file, entry.data);
          const when = i === 0 ? new Date('2001-02-03T04:05:06Z') : new Date('2024-09-10T11:12:13Z');
          utimesSync(file, when, when);
          chmodSync(file, i === 0 ? 0o644 : 0o755);
        }
      }
      const [a, b] = dirs.map((dir) => writeZip(entriesFromDir(dir), DEFAULT_EPOCH));
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      expect(centralDirectory(a).map((r) => r.name)).toEqual(['background.js', 'icons/icon-16.png', 'manifest.json', 'run']);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('epochFromEnv', () => {
  it('uses SOURCE_DATE_EPOCH when set, 1980-01-01 otherwise', () => {
    expect(epochFromEnv({})).toBe(DEFAULT_EPOCH);
    expect(new Date(DEFAULT_EPOCH * 1000).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(epochFromEnv({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1_700_000_000);
    expect(() => epochFromEnv({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
