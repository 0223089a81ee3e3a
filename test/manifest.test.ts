// The manifest is the extension's contract with the browser: what it may touch, what it may
// load, who may talk to it. Every field that widens that is pinned here exactly, so a new
// permission, a remote script source or an exposed file needs a deliberate change to this test.
// Checked on the source manifest.json and, when built, on dist/manifest.json (what ships).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'manifest.json');
const BUILT = join(ROOT, 'dist', 'manifest.json');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  sandbox?: unknown;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  action?: { default_popup?: string };
  [key: string]: unknown;
}

const manifests: Array<[string, string]> = [['manifest.json', SOURCE]];
// dist/ exists only after `npm run build`; the e2e suite loads exactly that file.
if (existsSync(BUILT)) manifests.push(['dist/manifest.json', BUILT]);

/** "script-src 'self'; object-src 'none'" → { 'script-src': ["'self'"], 'object-src': ["'none'"] } */
function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    // A repeated directive is ignored by browsers after its first occurrence; keep the first.
    if (!(name.toLowerCase() in out)) out[name.toLowerCase()] = values;
  }
  return out;
}

describe.each(manifests)('%s', (_name, path) => {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  describe('extension pages CSP', () => {
    const policy = manifest.content_security_policy?.extension_pages ?? '';
    const csp = parseCsp(policy);

    it('loads scripts and everything else from the package only', () => {
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['default-src']).toEqual(["'self'"]);
    });

    it('forbids plugins, network connections, <base>, framing and form posts', () => {
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['connect-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['form-action']).toEqual(["'none'"]);
    });

    it('has no unsafe keyword, wildcard, remote host or scheme source anywhere', () => {
      for (const [directive, values] of Object.entries(csp)) {
        for (const value of values) {
          expect(value, `${directive} ${value}`).toMatch(/^'(self|none)'$/);
        }
      }
      expect(policy).not.toMatch(/unsafe|wasm|\*|https?:|data:|blob:/i);
    });

    it('declares no sandbox pages (a sandbox has its own, looser CSP)', () => {
      expect(manifest.sandbox).toBeUndefined();
      expect(manifest.content_security_policy?.sandbox).toBeUndefined();
      expect(Object.keys(manifest.content_security_policy ?? {})).toEqual(['extension_pages']);
    });
  });

  it('asks for exactly activeTab and scripting: content.js is injected on demand into the tab the user chose', () => {
    // storage is not asked for: nothing is stored (the cache and "bring back" live in memory).
    expect(manifest.permissions).toEqual(['activeTab', 'scripting']);
  });

  it('has no host permissions, optional or not (activeTab grants the one tab, on a click or the shortcut)', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('declares no content scripts: nothing runs on a page until the user asks', () => {
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('exposes no file to web pages and accepts no connection from pages or other extensions', () => {
    // The reader is built in a closed shadow root from the content script: no extension page or
    // asset is ever loaded by a web page, so none needs to be web-accessible.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has exactly one command, the reader toggle, with its shortcut', () => {
    expect(manifest.commands).toEqual({
      'toggle-reader': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_command_toggle_reader__' },
    });
  });

  it('says every word through _locales, English by default', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_ext_name__');
    expect(manifest.short_name).toBe('__MSG_ext_short_name__');
    expect(manifest.description).toBe('__MSG_ext_description__');
    expect((manifest.action as { default_title?: string }).default_title).toBe('__MSG_action_title__');
    // Each __MSG_x__ names a message of the default locale (keys match without regard to case).
    const en = Object.keys(JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'))).map((k) => k.toLowerCase());
    for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_(\w+?)__/g)) expect(en, key).toContain(key.toLowerCase());
  });

  it('runs the background and the popup from packaged files only', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.action?.default_popup).toBe('popup.html');
  });

  it('has no other field that widens access', () => {
    const allowed = [
      'manifest_version', 'name', 'short_name', 'version', 'description', 'default_locale', 'icons', 'action', 'background',
      'permissions', 'commands', 'content_security_policy', 'browser_specific_settings',
    ];
    expect(Object.keys(manifest).sort()).toEqual([...allowed].sort());
  });
});

describe('parseCsp', () => {
  it('reads directives, lower-cases names and keeps the first of a repeated directive', () => {
    expect(parseCsp("Script-Src 'self'; object-src 'none';; script-src *")).toEqual({ 'script-src': ["'self'"], 'object-src': ["'none'"] });
  });
});
