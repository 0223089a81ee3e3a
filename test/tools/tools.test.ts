// The project's own tooling: what the test command does on a machine that lacks the browsers,
// and which web-ext lint warnings count as explained.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { explainAll } from './lint-ext';
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
  const w = (code: string, file: string) => ({ code, message: '', file });

  it('explains the ones we ship with, by code and file', () => {
    const whys = explainAll([w('UNSAFE_VAR_ASSIGNMENT', 'content.js'), w('BACKGROUND_SERVICE_WORKER_IGNORED', 'manifest.json')]);
    expect(whys[0]).toMatch(/readability/);
    expect(whys[1]).toBeTruthy();
  });

  it('does not explain the same warning in another file, a new code, or one more than we know of', () => {
    expect(explainAll([w('UNSAFE_VAR_ASSIGNMENT', 'background.js')])).toEqual([undefined]);
    expect(explainAll([w('DANGEROUS_EVAL', 'content.js')])).toEqual([undefined]);
    const three = explainAll([w('UNSAFE_VAR_ASSIGNMENT', 'content.js'), w('UNSAFE_VAR_ASSIGNMENT', 'content.js'), w('UNSAFE_VAR_ASSIGNMENT', 'content.js')]);
    expect(three.map(Boolean)).toEqual([true, true, false]);
  });
});
