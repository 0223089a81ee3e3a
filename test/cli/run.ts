// Two ways to run `lede` in tests: in-process (fast; main() with streams of our own) and as a
// child process, for what belongs to the process: exit status, stderr, a closed pipe.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PAGES = join(ROOT, 'test', 'pages');
export const SEED = join(PAGES, 'seed-rails-inside-container', 'source.html');
const BIN = join(ROOT, 'src', 'cli', 'bin.ts');

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function runInProcess(args: string[], stdin: string | Buffer = ''): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin: Readable.from([Buffer.from(stdin)]) });
  return { code, out: out.text(), err: err.text() };
}

/** The CLI's own entry point under Node (through tsx: the tests do not need a build). */
export const NODE_ARGS = ['--import', 'tsx', BIN];

export function runProcess(args: string[], input?: Buffer | string): { code: number | null; signal: NodeJS.Signals | null; out: Buffer; err: Buffer; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, input, maxBuffer: 1 << 28, timeout: 120_000 });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr, ms: performance.now() - t0 };
}

export function spawnProcess(args: string[]) {
  return spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Bytes a terminal would act on rather than show: C0 controls except tab and line feed, DEL,
 *  and C1 controls (as UTF-8 or raw). */
export function terminalControls(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  return [...text.matchAll(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
}
