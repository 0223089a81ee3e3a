// The source archive AMO asks for when an add-on's code is bundled: the files git tracks at
// HEAD, read from git's objects (not the disk), so an uncommitted edit or an untracked or
// ignored file (node_modules/, dist/, .lede-out/) never slips in, and the bytes depend on the
// commit alone.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import type { ZipEntry } from './zip';

export interface GitSource {
  commit: string;
  entries: ZipEntry[];
  /** `git status --porcelain` lines: what the packages may contain that the archive does not. */
  uncommitted: string[];
}

function git(root: string, args: string[], input?: Buffer): Buffer {
  const run = spawnSync('git', args, { cwd: root, input, maxBuffer: 1 << 30 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr.toString().trim()}`);
  return run.stdout;
}

/** True when `root` is the top of a git work tree: false in an unpacked source archive, even
 *  one unpacked inside some other repository. */
export function isGitWorkTree(root: string): boolean {
  const run = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  return run.status === 0 && realpathSync(run.stdout.trim()) === realpathSync(root);
}

/** HEAD's tracked files, each under `prefix` (e.g. "lede-0.1.0/"). */
export function gitSource(root: string, prefix: string): GitSource {
  const commit = git(root, ['rev-parse', 'HEAD']).toString().trim();
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']).toString('utf8');
  const files: Array<{ mode: string; sha: string; path: string }> = [];
  for (const line of listing.split('\0')) {
    if (!line) continue;
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!match) throw new Error(`git ls-tree: cannot read "${line}"`);
    const [, mode, type, sha, path] = match;
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
      throw new Error(`${path}: git mode ${mode} (${type}); the source archive holds plain files only (no links, no submodules)`);
    }
    files.push({ mode, sha, path });
  }
  const contents = catBlobs(root, files.map((f) => f.sha));
  const entries = files.map((f, i) => ({ path: prefix + f.path, data: contents[i], executable: f.mode === '100755' }));
  const uncommitted = git(root, ['status', '--porcelain']).toString('utf8').split('\n').filter(Boolean);
  return { commit, entries, uncommitted };
}

/** The blobs' contents, in order, from one `git cat-file --batch`. */
function catBlobs(root: string, shas: string[]): Buffer[] {
  if (!shas.length) return [];
  const out = git(root, ['cat-file', '--batch'], Buffer.from(shas.map((s) => `${s}\n`).join('')));
  const blobs: Buffer[] = [];
  let at = 0;
  for (const sha of shas) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!match || match[1] !== sha) throw new Error(`git cat-file: expected blob ${sha}, got "${header}"`);
    const size = Number(match[2]);
    blobs.push(Buffer.from(out.subarray(eol + 1, eol + 1 + size)));
    at = eol + 1 + size + 1; // the content, then a newline
  }
  return blobs;
}
