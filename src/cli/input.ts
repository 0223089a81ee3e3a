// Reading one input for `lede extract`: a file or standard input, bounded in bytes, with the
// reasons it cannot be read said in words a person can act on ("no such file (check the path)",
// not "cannot read: ENOENT").
import { open } from 'node:fs/promises';

/** Files past this many bytes are refused before they are read. The largest page of the
 *  shared corpora is 2.2 MB; pages saved with their images inlined run to a few tens of MB.
 *  A full scan of the limits (prescan.ts) costs about 0.5 s per 20 MB, so this also bounds
 *  the work on a page that passes no limit (a giant comment or attribute). */
export const MAX_BYTES = 50_000_000;

/** Why a file was not analysed: a code (the jsonl `error` starts with it) and a sentence that
 *  says what to do. */
export interface InputFailure {
  code: 'cannot-read' | 'empty' | 'not-html' | 'too-large';
  message: string;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file (check the path)',
  ENOTDIR: 'no such file: part of the path is not a directory (check the path)',
  EISDIR: 'is a directory (give the pages in it, e.g. DIR/*.html)',
  EACCES: 'permission denied (check the file’s permissions: ls -l)',
  EPERM: 'permission denied (check the file’s permissions: ls -l)',
  ELOOP: 'too many levels of symbolic links (check where the link points)',
  ENAMETOOLONG: 'the file name is too long (check the path)',
  EMFILE: 'too many open files (give fewer files at once)',
  ENFILE: 'too many open files (give fewer files at once)',
  EIO: 'input/output error while reading (check the disk or network share)',
};

function readFailure(err: unknown): InputFailure {
  const code = (err as NodeJS.ErrnoException).code;
  const known = code && READ_ERRORS[code];
  return { code: 'cannot-read', message: known || `cannot read it (${code ?? (err as Error).message})` };
}

function megabytes(n: number): string {
  return `${(n / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function tooBig(size: number | undefined, max: number): InputFailure {
  return {
    code: 'too-large',
    message: `${size === undefined ? 'more than ' + megabytes(max) : megabytes(size)}; lede reads pages up to ${megabytes(max)} (a saved news page is rarely over 5 MB: check that this is one web page)`,
  };
}

/** The bytes of `file` ("-": `stdin`), or why not. Reads no more than `max` + 1 bytes. */
export async function readInput(file: string, stdin: NodeJS.ReadableStream, max = MAX_BYTES): Promise<Uint8Array | InputFailure> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (file === '-') {
    try {
      for await (const chunk of stdin) {
        const c = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
        chunks.push(c);
        total += c.length;
        if (total > max) return tooBig(undefined, max);
      }
    } catch (err) {
      return readFailure(err);
    }
    return finish(chunks, total, 'empty (nothing came; check the command before the pipe)');
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    return readFailure(err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return readFailure(Object.assign(new Error('directory'), { code: 'EISDIR' }));
    // A regular file says its size; a pipe or device (e.g. <(curl …)) is read up to the limit.
    if (stat.isFile() && stat.size > max) return tooBig(stat.size, max);
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (!bytesRead) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
      if (total > max) return tooBig(stat.isFile() ? total : undefined, max);
    }
  } catch (err) {
    return readFailure(err);
  } finally {
    await handle.close();
  }
  return finish(chunks, total, 'the file is empty (0 bytes; save the page again)');
}

function finish(chunks: Uint8Array[], total: number, empty: string): Uint8Array | InputFailure {
  if (!total) return { code: 'empty', message: empty };
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
