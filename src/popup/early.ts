// The popup's first act, before the UI framework has loaded: resolve the tab and ask for the
// analysis's first answer. The request then travels (background, injection, the page's analysis)
// while the UI's code loads and the loading state renders, instead of after them; issue 22
// measured the popup's own start at about 60 ms of a 270 ms first open. Native API only (the
// polyfill stays in the UI's chunk): Chromium's `chrome` and Firefox's `browser` both answer
// runtime.sendMessage and tabs.query with promises in Manifest V3.
import type { BackgroundRequest } from '../shared/messages';
import { tabFromSearch } from './tab';

interface EarlyApi {
  runtime: { sendMessage(message: BackgroundRequest): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
}

export interface EarlyRequest {
  /** The tab the popup is about (undefined: none could be found). */
  tabId: Promise<number | undefined>;
  /** The answer to `{ type: 'lede/get-analysis', tabId, first: true }`, already asked for; it
   *  rejects as sendMessage would. Undefined when there is no tab to ask about. */
  firstAnswer: Promise<unknown> | undefined;
}

/** The extension API of this page: Firefox's `browser`, else Chromium's `chrome`; null outside
 *  an extension page (where `chrome` may exist without them). */
function api(): EarlyApi | null {
  const g = globalThis as { browser?: Partial<EarlyApi>; chrome?: Partial<EarlyApi> };
  for (const candidate of [g.browser, g.chrome]) {
    if (typeof candidate?.runtime?.sendMessage === 'function' && typeof candidate.tabs?.query === 'function') return candidate as EarlyApi;
  }
  return null;
}

export function startFirstRequest(search: string, ext: EarlyApi | null = api()): EarlyRequest {
  const explicit = tabFromSearch(search);
  const tabId: Promise<number | undefined> =
    explicit !== undefined ? Promise.resolve(explicit) : ext ? ext.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id, () => undefined) : Promise.resolve(undefined);
  const firstAnswer = ext
    ? tabId.then((id) => (id === undefined ? undefined : ext.runtime.sendMessage({ type: 'lede/get-analysis', tabId: id, first: true })))
    : undefined;
  return { tabId, firstAnswer };
}
