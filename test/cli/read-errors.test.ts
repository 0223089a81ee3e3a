// Read errors this machine's tests cannot cause for real (the suite runs as root, who may read
// anything): the system's error, faked at `open`, still gives a sentence with what to do.
import { describe, expect, it, vi } from 'vitest';
import { runInProcess as run } from './run';

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const fail = (code: string) => Promise.reject(Object.assign(new Error(`${code}: faked`), { code }));
  return {
    ...fs,
    open: (path: string, ...rest: []) => {
      const code = /(EACCES|ELOOP|EIO|EWEIRD)/.exec(String(path))?.[1];
      return code ? fail(code) : fs.open(path, ...rest);
    },
  };
});

describe('read errors in words', () => {
  it.each([
    ['EACCES.html', 'permission denied (check the file’s permissions: ls -l)'],
    ['ELOOP.html', 'too many levels of symbolic links (check where the link points)'],
    ['EIO.html', 'input/output error while reading (check the disk or network share)'],
    ['EWEIRD.html', 'cannot read it (EWEIRD)'],
  ])('%s', async (name, sentence) => {
    const { code, out, err } = await run(['extract', `/pages/${name}`]);
    expect(code).toBe(1);
    expect(err).toBe(`lede: /pages/${name}: ${sentence}\n`);
    expect(JSON.parse(out).error).toBe(`cannot-read: ${sentence}`);
  });
});
