// Service worker (Chromium) / background script (Firefox). Thin on purpose: the logic lives in
// router.ts and is tested in Node with a fake browser; this file only connects it to the events.
import browser from 'webextension-polyfill';
import { failureSentence } from '../shared/failure-text';
import { t } from '../shared/i18n';
import type { ToggleResult } from '../shared/messages';
import { createBackground, type BrowserLike } from './router';

const background = createBackground(browser as unknown as BrowserLike);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Returning undefined leaves the message to other listeners (there are none): not ours, no answer.
  return background.handleMessage(message, sender);
});

browser.tabs.onUpdated.addListener((tabId, change) => background.cache.onTabUpdated(tabId, change));
browser.tabs.onRemoved.addListener((tabId) => background.cache.drop(tabId));

browser.commands.onCommand.addListener(async (command, tab) => {
  const result = await background.onCommand(command, tab);
  if (result && tab?.id !== undefined) await showCommandFailure(tab.id, result);
});

/** The shortcut has no popup to explain a failure; a badge and the button's tooltip do it. */
async function showCommandFailure(tabId: number, result: ToggleResult): Promise<void> {
  if ('open' in result) return;
  try {
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: t('action_title_failure', { message: failureSentence(result) }) });
    setTimeout(() => {
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      browser.action.setTitle({ tabId, title: t('action_title') }).catch(() => undefined);
    }, 8_000);
  } catch {
    // The tab may be gone; nothing else to tell.
  }
}
