// Loading the built extension into Debian's Chromium with playwright-core (its own browser
// download cannot work here, and no download is needed), shared by the e2e suites and the
// `npm start` demo.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const DIST_DIR = join(REPO_ROOT, 'dist');
export const CHROMIUM_PATH = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

/** The one permission the test copy adds. Headless Chromium cannot make the user gesture that
 *  grants activeTab (and chrome.action.openPopup() does not grant it either), so without this
 *  scripting.executeScript fails with "Cannot access contents of the page". Local pages only. */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

export function assertBuilt(dist = DIST_DIR): void {
  for (const file of ['manifest.json', 'background.js', 'content.js', 'popup.html']) {
    if (!existsSync(join(dist, file))) {
      throw new Error(`${join(dist, file)} is missing: run \`npm run build\` first.`);
    }
  }
}

export function assertChromium(path = CHROMIUM_PATH): void {
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it with \`apt-get install -y chromium\` (or set LEDE_CHROMIUM).`);
  }
}

/** Copies dist/ to a fresh temp folder and adds the test host permission to the copy's manifest
 *  (and `extraFiles`, name → text, beside the bundles: the bench's bare popup). The shipped
 *  manifest (and dist/) stay untouched. Returns the copy's path. */
export async function makeTestCopy(dist = DIST_DIR, extraFiles: Record<string, string> = {}): Promise<string> {
  assertBuilt(dist);
  const dir = await mkdtemp(join(tmpdir(), 'lede-ext-'));
  await cp(dist, dir, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) await writeFile(join(dir, name), text);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), TEST_HOST_PERMISSION])];
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

export interface LedeBrowser {
  context: BrowserContext;
  /** The extension's service worker (background). */
  worker: Worker;
  extensionId: string;
  extensionOrigin: string;
  /** Closes the browser and removes its profile (and the extension copy, when we made it). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Folder of the unpacked extension to load (a test copy, or dist/ itself for a headed run). */
  extensionDir: string;
  headless?: boolean;
  /** Remove extensionDir on close (for temp copies). */
  removeExtensionDir?: boolean;
  /** Keep the profile after close (the headed demo leaves the browser to the user). */
  keepProfile?: boolean;
  viewport?: { width: number; height: number } | null;
  /** The browser's UI language (e.g. 'ar'): on Linux Chromium takes it from LANGUAGE; --lang
   *  sets it elsewhere. Default: the environment's. */
  locale?: string;
}

/** Launches Chromium with exactly one extension loaded, in a fresh profile. */
export async function launchWithExtension(opts: LaunchOptions): Promise<LedeBrowser> {
  assertChromium();
  const profileDir = await mkdtemp(join(tmpdir(), 'lede-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    ...(opts.locale ? { locale: opts.locale, env: { ...process.env, LANGUAGE: opts.locale, LANG: `${opts.locale}.UTF-8`, LC_ALL: '' } } : {}),
    args: [
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      '--disable-background-networking',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionOrigin: `chrome-extension://${extensionId}`,
      close: async () => {
        await context.close().catch(() => {});
        if (!opts.keepProfile) await rm(profileDir, { recursive: true, force: true });
        if (opts.removeExtensionDir) await rm(opts.extensionDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
}

/** The usual headless setup: a test copy of dist/ with the local host permission, loaded. */
export async function launchTestExtension(dist = DIST_DIR, locale?: string, extraFiles?: Record<string, string>): Promise<LedeBrowser> {
  const extensionDir = await makeTestCopy(dist, extraFiles);
  return launchWithExtension({ extensionDir, headless: true, removeExtensionDir: true, locale });
}
