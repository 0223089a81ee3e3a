// Every request made in a browser profile, with who made it, so a suite can assert that Lede sends
// nothing anywhere. Two sources, because neither sees everything alone:
// - Playwright's context-wide `request` event: page documents and subresources, extension pages,
//   and the service worker (each request tagged with the frame or worker it came from);
// - the DevTools protocol on each page (Network.requestWillBeSent), whose initiator stack names
//   the script that asked: a fetch from Lede's content script shows chrome-extension://ID/content.js
//   there, though Playwright files it under the page's frame.
// A request blocked by a CSP is still recorded (it was attempted); `outcome` says it never left.
import type { CDPSession, Page, Request } from 'playwright-core';
import type { LedeBrowser } from './extension';

export type RequestSource = 'service-worker' | 'extension-page' | 'content-script' | 'page';

export interface RecordedRequest {
  url: string;
  source: RequestSource;
  /** The frame or worker URL it came from (for a content script: the script's own URL). */
  from: string;
  /** Playwright's resource type ("document", "fetch", "image"…); "cdp" for the DevTools view. */
  type: string;
  /** A top-level or frame navigation (the test's own page loads). */
  navigation: boolean;
  /** "ok", or the failure text (net::ERR_BLOCKED_BY_CLIENT, csp…), once known. */
  outcome?: string;
}

export interface AllowedTraffic {
  /** Documents the test itself navigates to (full URLs). */
  pages: string[];
  /** Anything else the test pages load on their own, not Lede (full URLs). */
  pageResources?: string[];
}

export interface NetworkLog {
  readonly requests: readonly RecordedRequest[];
  /** Requests not allowed: any request from an extension context to anything but the package
   *  itself, and any request from a page that is neither a test page nor one of its resources. */
  unexpected(allowed: AllowedTraffic): RecordedRequest[];
  /** Stop recording (detaches the DevTools sessions). */
  stop(): Promise<void>;
}

const isLocalScheme = (url: string) => /^(data|blob|about):/.test(url);

/** `initiators: false` leaves out the per-page DevTools sessions (and content-script attribution)
 *  for suites that open hundreds of pages and check only the extension's own contexts. */
export function recordNetwork(b: LedeBrowser, opts: { initiators?: boolean } = {}): NetworkLog {
  const own = `${b.extensionOrigin}/`;
  const requests: RecordedRequest[] = [];
  const byRequest = new Map<Request, RecordedRequest>();
  const sessions: CDPSession[] = [];
  let stopped = false;

  function sourceOf(r: Request): { source: RequestSource; from: string } {
    const worker = r.serviceWorker();
    if (worker) return { source: worker.url().startsWith(own) ? 'service-worker' : 'page', from: worker.url() };
    let from = '';
    try {
      from = r.frame().url();
    } catch {
      // A request with neither frame nor worker (should not happen): count it as the extension's,
      // the strict side.
      return { source: 'service-worker', from: '(unknown)' };
    }
    return { source: from.startsWith(own) ? 'extension-page' : 'page', from };
  }

  const onRequest = (r: Request) => {
    if (stopped) return;
    const entry: RecordedRequest = { url: r.url(), ...sourceOf(r), type: r.resourceType(), navigation: r.isNavigationRequest() };
    requests.push(entry);
    byRequest.set(r, entry);
  };
  const onDone = (r: Request) => {
    const entry = byRequest.get(r);
    if (entry) entry.outcome = r.failure()?.errorText ?? 'ok';
  };

  async function watchPage(page: Page): Promise<void> {
    if (stopped || opts.initiators === false || page.url().startsWith(own)) return; // extension pages are covered above
    try {
      const cdp = await b.context.newCDPSession(page);
      sessions.push(cdp);
      cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: { url?: string; stack?: CdpStack } }) => {
        if (stopped) return;
        const script = initiatorScripts(event.initiator).find((u) => u.startsWith(own));
        if (script) requests.push({ url: event.request.url, source: 'content-script', from: script, type: 'cdp', navigation: false });
      });
      await cdp.send('Network.enable');
    } catch {
      // The page closed before we could attach; nothing it did can be missed by the context event.
    }
  }

  b.context.on('request', onRequest);
  b.context.on('requestfinished', onDone);
  b.context.on('requestfailed', onDone);
  const onPage = (page: Page) => void watchPage(page);
  b.context.on('page', onPage);
  for (const page of b.context.pages()) void watchPage(page);

  return {
    requests,
    unexpected(allowed) {
      const pages = new Set(allowed.pages);
      const resources = new Set(allowed.pageResources ?? []);
      return requests.filter((r) => {
        if (r.url.startsWith(own) || isLocalScheme(r.url)) return false; // the package itself, or in memory
        if (r.source !== 'page') return true; // an extension context reaching out: never allowed
        if (r.navigation && pages.has(r.url)) return false;
        return !resources.has(r.url);
      });
    },
    async stop() {
      stopped = true;
      b.context.off('request', onRequest);
      b.context.off('requestfinished', onDone);
      b.context.off('requestfailed', onDone);
      b.context.off('page', onPage);
      await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
    },
  };
}

interface CdpStack {
  callFrames: Array<{ url: string }>;
  parent?: CdpStack;
}

/** Every script URL on an initiator's stack, async parents included. */
function initiatorScripts(initiator: { url?: string; stack?: CdpStack } | undefined): string[] {
  const urls: string[] = [];
  if (initiator?.url) urls.push(initiator.url);
  for (let stack = initiator?.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((f) => f.url));
  return urls;
}

/** One line per request, for an assertion message. */
export function describeRequests(list: readonly RecordedRequest[]): string {
  return list.map((r) => `${r.source} ${r.type} ${r.url} (from ${r.from}${r.outcome ? `, ${r.outcome}` : ''})`).join('\n');
}
