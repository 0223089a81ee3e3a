// The project's own tooling: what the test command does on a machine that lacks the browsers,
// and which web-ext lint warnings count as explained.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { explain } from './lint-ext';
import { ensurePackages } from './system-deps';

const table = {
  present: { pkg: 'present', bin: process.execPath },
  absent: { pkg: 'lede-no-such-package', bin: '/nonexistent/lede-no-such-binary' },
};

afterEach(() => vi.restoreAllMocks());

describe('ensurePackages', () => {
  it('does nothing when every package is there', () => {
    const log = vi.fn();
    expect(ensurePackages(['present'], log, table)).toEqual({ ok: true, installed: [] });
    expect(log).not.toHaveBeenCalled();
  });

  it('says in one line what to install when it cannot (not root)', () => {
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    const r = ensurePackages(['present', 'absent'], () => {}, table);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('missing lede-no-such-package and not root: install them with `sudo apt-get install -y lede-no-such-package`');
    expect(r.reason).not.toContain('\n');
  });

  it('refuses a name it does not know rather than guessing', () => {
    expect(() => ensurePackages(['chromium-browser'], () => {}, table)).toThrow(/unknown system package "chromium-browser"/);
  });
});

describe('web-ext lint warnings', () => {
  it('explains the ones we ship with, by code and file', () => {
    expect(explain({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'content.js' })).toMatch(/readability/);
    expect(explain({ code: 'BACKGROUND_SERVICE_WORKER_IGNORED', message: '', file: 'manifest.json' })).toBeTruthy();
  });

  it('does not explain the same warning in another file, or a new code', () => {
    expect(explain({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'background.js' })).toBeUndefined();
    expect(explain({ code: 'DANGEROUS_EVAL', message: '', file: 'content.js' })).toBeUndefined();
  });
});
