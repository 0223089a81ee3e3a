// The store copies of the manifest drop only what the other browser reads; everything that
// decides what Lede may do (permissions, CSP, commands) reaches both stores unchanged.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, manifestBytes, releaseVersion, type Manifest } from './manifest';

const ROOT = resolve(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

/** `manifest` without the keys listed (dotted paths one level deep). */
function without(manifest: Manifest, ...paths: string[]): Manifest {
  const copy = JSON.parse(JSON.stringify(manifest)) as Record<string, Record<string, unknown>>;
  for (const path of paths) {
    const [key, sub] = path.split('.');
    if (sub) delete copy[key][sub];
    else delete copy[key];
  }
  return copy as Manifest;
}

describe('Chrome Web Store manifest', () => {
  const chrome = chromeManifest(source);

  it('runs the background as a service worker, without Firefox’s scripts fallback', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
  });

  it('has no browser_specific_settings (Firefox’s)', () => {
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('is the source manifest otherwise, key for key', () => {
    expect(chrome).toEqual(without(source, 'browser_specific_settings', 'background.scripts'));
    expect(chrome.permissions).toEqual(['activeTab', 'scripting']);
  });

  it('refuses a manifest without a service worker', () => {
    expect(() => chromeManifest(without(source, 'background.service_worker'))).toThrow(/service_worker/);
  });
});

describe('Firefox (AMO) manifest', () => {
  const firefox = firefoxManifest(source);

  it('runs the background from scripts, without the service worker Firefox ignores', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
  });

  it('keeps the gecko id, minimum version and data-collection declaration', () => {
    expect(firefox.browser_specific_settings).toEqual(source.browser_specific_settings);
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } } });
  });

  it('is the source manifest otherwise, key for key', () => {
    expect(firefox).toEqual(without(source, 'background.service_worker'));
  });

  it('refuses a manifest without a gecko id or background scripts', () => {
    expect(() => firefoxManifest(without(source, 'browser_specific_settings'))).toThrow(/gecko\.id/);
    expect(() => firefoxManifest(without(source, 'background.scripts'))).toThrow(/background\.scripts/);
  });
});

describe('store manifests', () => {
  it('leave the source manifest untouched', () => {
    const before = JSON.stringify(source);
    chromeManifest(source);
    firefoxManifest(source);
    expect(JSON.stringify(source)).toBe(before);
  });

  it('are written as two-space JSON with a final newline', () => {
    const bytes = new TextDecoder().decode(manifestBytes({ version: '1.0', background: { scripts: ['b.js'] } }));
    expect(bytes).toBe('{\n  "version": "1.0",\n  "background": {\n    "scripts": [\n      "b.js"\n    ]\n  }\n}\n');
  });
});

describe('releaseVersion', () => {
  it('is the version manifest.json and package.json agree on', () => {
    expect(releaseVersion(source, pkg)).toBe(pkg.version);
    expect(releaseVersion({ version: '1.2.3.4' }, { version: '1.2.3.4' })).toBe('1.2.3.4');
  });

  it('fails, naming both, when they disagree', () => {
    expect(() => releaseVersion({ version: '0.2.0' }, { version: '0.1.0' })).toThrow(/manifest\.json says 0\.2\.0, package\.json says "0\.1\.0"/);
  });

  it('fails on a version the stores do not accept', () => {
    expect(() => releaseVersion({ version: '1.0.0-beta' }, { version: '1.0.0-beta' })).toThrow(/dot-separated numbers/);
    expect(() => releaseVersion({}, { version: '1.0.0' })).toThrow(/dot-separated numbers/);
  });
});
