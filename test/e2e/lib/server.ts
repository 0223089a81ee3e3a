// A tiny static server for test pages on 127.0.0.1 with a random port. The extension must see
// real http:// pages (file:// needs a per-extension switch and behaves differently), and the
// e2e copy of the manifest grants host access to http://127.0.0.1/* only, so pages must be here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Absolute URL of a served path ("/story.html"). */
  url(path: string): string;
  /** Every path requested so far, in order (for checking that nothing unexpected was fetched). */
  requested: string[];
  close(): Promise<void>;
}

/** A page served with a content type of its own (text/plain, image/svg+xml…) instead of HTML;
 *  bytes for binary files (an icon). */
export interface TypedPage {
  body: string | Uint8Array;
  type: string;
}

/** Serves `pages` (path → HTML, or a typed body) and answers 404 for anything else. */
export async function servePages(pages: Record<string, string | TypedPage>): Promise<PageServer> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const typed = typeof body === 'string' ? { body, type: 'text/html; charset=utf-8' } : body;
    res.writeHead(200, { 'content-type': typed.type, 'cache-control': 'no-store' });
    res.end(typed.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
