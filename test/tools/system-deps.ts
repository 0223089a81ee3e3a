// The Debian packages that `npm start` and the test suite drive, installed when missing, so that
// the README's two commands work on a machine that has only Node and apt. CI once installed them
// itself before calling the test command, which hid that the test command did not.
//   tsx test/tools/system-deps.ts chromium firefox-esr xvfb xdotool
// Exit 0 when all are present (or were installed), 1 with a one-line reason when they cannot be.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SystemPackage {
  /** Debian package name. */
  pkg: string;
  /** The executable that shows it is installed. */
  bin: string;
}

/** What each package is for is said where it is used; here, only how to tell it is there. A
 *  browser path given in the environment (LEDE_CHROMIUM, LEDE_FIREFOX) replaces the package. */
export const PACKAGES: Record<string, SystemPackage> = {
  chromium: { pkg: 'chromium', bin: process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium' },
  'firefox-esr': { pkg: 'firefox-esr', bin: process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr' },
  xvfb: { pkg: 'xvfb', bin: '/usr/bin/Xvfb' },
  xdotool: { pkg: 'xdotool', bin: '/usr/bin/xdotool' },
};

export type EnsureResult = { ok: true; installed: string[] } | { ok: false; reason: string };

const LOG_DIR = resolve(import.meta.dirname, '../../test-results');

/** Installs the missing ones with apt-get when we are root; otherwise says how, in one line. */
export function ensurePackages(names: string[], log: (line: string) => void = console.log, table = PACKAGES): EnsureResult {
  const wanted = names.map((n) => {
    const p = table[n];
    if (!p) throw new Error(`unknown system package "${n}" (known: ${Object.keys(table).join(', ')})`);
    return p;
  });
  const missing = wanted.filter((p) => !existsSync(p.bin));
  if (!missing.length) return { ok: true, installed: [] };
  const list = missing.map((p) => p.pkg).join(' ');
  const how = `apt-get install -y ${list}`;
  if (process.getuid?.() !== 0) return { ok: false, reason: `missing ${list} and not root: install them with \`sudo ${how}\`` };
  if (!existsSync('/usr/bin/apt-get')) return { ok: false, reason: `missing ${list} and there is no apt-get here: install them with your package manager` };

  log(`Installing Debian packages: ${list} (apt-get, about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // apt's progress is long and not ours; it goes to a log file that is shown only on failure.
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, 'apt.log');
  let output = '';
  for (const args of [['update', '-q'], ['install', '-y', '-q', ...missing.map((p) => p.pkg)]]) {
    const run = spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    output += `$ apt-get ${args.join(' ')}\n${run.stdout ?? ''}${run.stderr ?? ''}\n`;
    writeFileSync(logFile, output);
    if (run.status !== 0) {
      const tail = output.trim().split('\n').slice(-8).join('\n');
      return { ok: false, reason: `\`apt-get ${args[0]}\` failed (exit ${run.status ?? run.signal}); full output in ${logFile}:\n${tail}` };
    }
  }
  const still = missing.filter((p) => !existsSync(p.bin));
  if (still.length) return { ok: false, reason: `apt-get installed ${list} but ${still.map((p) => p.bin).join(', ')} is still missing (see ${logFile})` };
  return { ok: true, installed: missing.map((p) => p.pkg) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  const result = ensurePackages(names.length ? names : Object.keys(PACKAGES));
  if (!result.ok) {
    console.error(`lede: ${result.reason}`);
    process.exit(1);
  }
  if (result.installed.length) console.log(`Installed ${result.installed.join(', ')}.`);
}
