// The popup's first request, sent before its UI has loaded (src/popup/early.ts), and the UI's
// use of it: one request for the first answer, never a second one for the same thing.
import { describe, expect, it, vi } from 'vitest';
import { startFirstRequest } from '../../src/popup/early';

function fakeApi(activeTab: number | undefined) {
  const sent: unknown[] = [];
  const api = {
    runtime: { sendMessage: vi.fn(async (m: unknown) => (sent.push(m), { status: 'ok', title: 'T' })) },
    tabs: { query: vi.fn(async () => (activeTab === undefined ? [] : [{ id: activeTab }])) },
  };
  return { api, sent };
}

describe('startFirstRequest', () => {
  it('asks for the first answer about the ?tab= tab at once, without asking for the active tab', async () => {
    const { api, sent } = fakeApi(9);
    const early = startFirstRequest('?tab=42', api);
    await expect(early.tabId).resolves.toBe(42);
    await expect(early.firstAnswer).resolves.toEqual({ status: 'ok', title: 'T' });
    expect(sent).toEqual([{ type: 'lede/get-analysis', tabId: 42, first: true }]);
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  it('asks about the active tab of the current window otherwise', async () => {
    const { api, sent } = fakeApi(9);
    const early = startFirstRequest('', api);
    await expect(early.tabId).resolves.toBe(9);
    await early.firstAnswer;
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent).toEqual([{ type: 'lede/get-analysis', tabId: 9, first: true }]);
  });

  it('asks nothing when there is no tab, and has no API outside an extension page', async () => {
    // A page with a `chrome` that has no runtime messaging (this test's setup gives it i18n only).
    expect(startFirstRequest('?tab=3').firstAnswer).toBeUndefined();
    const { api, sent } = fakeApi(undefined);
    const early = startFirstRequest('', api);
    await expect(early.tabId).resolves.toBeUndefined();
    await expect(early.firstAnswer).resolves.toBeUndefined();
    expect(sent).toEqual([]);
    const none = startFirstRequest('?tab=3', null);
    await expect(none.tabId).resolves.toBe(3);
    expect(none.firstAnswer).toBeUndefined();
  });
});
