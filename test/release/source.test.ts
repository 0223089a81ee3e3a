// The source archive is what AMO's reviewers build from: exactly the committed files, never an
// uncommitted edit, an untracked file or an ignored folder that happens to be on disk.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSource, isGitWorkTree } from './source';

let repo: string;
const git = (...args: string[]) => {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'lede-source-'));
  git('init', '-q');
  mkdirSync(join(repo, 'src'));
  mkdirSync(join(repo, '.ci'));
  writeFileSync(join(repo, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(repo, '.ci', 'run'), '#!/bin/sh\n');
  chmodSync(join(repo, '.ci', 'run'), 0o755);
  writeFileSync(join(repo, '.gitignore'), 'dist/\n');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  // After the commit: an edit, an untracked file, an ignored build.
  writeFileSync(join(repo, 'src', 'a.ts'), 'export const a = 2;\n');
  writeFileSync(join(repo, 'src', 'new.ts'), 'export {};\n');
  mkdirSync(join(repo, 'dist'));
  writeFileSync(join(repo, 'dist', 'content.js'), '');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('gitSource', () => {
  it('holds the committed files only, with their committed contents', () => {
    const source = gitSource(repo, 'lede-1.0/');
    expect(source.entries.map((e) => e.path).sort()).toEqual(['lede-1.0/.ci/run', 'lede-1.0/.gitignore', 'lede-1.0/src/a.ts']);
    const a = source.entries.find((e) => e.path === 'lede-1.0/src/a.ts')!;
    expect(Buffer.from(a.data).toString()).toBe('export const a = 1;\n');
  });

  it('marks git’s executable files executable, and only them', () => {
    const executable = gitSource(repo, '').entries.filter((e) => e.executable).map((e) => e.path);
    expect(executable).toEqual(['.ci/run']);
  });

  it('names what is not committed', () => {
    const { uncommitted, commit } = gitSource(repo, '');
    expect(uncommitted).toEqual([' M src/a.ts', '?? src/new.ts']);
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('isGitWorkTree', () => {
  it('is true at the top of a work tree only, not in a folder inside one', () => {
    expect(isGitWorkTree(repo)).toBe(true);
    expect(isGitWorkTree(join(repo, 'src'))).toBe(false);
  });
});
