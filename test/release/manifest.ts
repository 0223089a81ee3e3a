// The store copies of manifest.json. The repository keeps one manifest that both browsers load
// unpacked (dist/): Chromium ignores what is Firefox's, Firefox ignores what is Chromium's, each
// with a warning. A store package carries only what its browser reads, so neither store's checks
// nor its users see those warnings. Everything else (permissions, CSP, commands, icons) is
// passed through untouched: test/release/manifest.test.ts checks that nothing else changes.

export interface Manifest {
  version?: unknown;
  background?: { service_worker?: string; scripts?: string[]; [key: string]: unknown };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Chrome Web Store copy:
 *  - no `background.scripts`: Firefox's event-page fallback. Chrome runs `service_worker` and
 *    lists "'background.scripts' requires manifest version of 2 or lower." under the
 *    extension's errors (seen in Chromium 156 with dist/; the store copy loads with none).
 *  - no `browser_specific_settings`: Firefox's alone (gecko id, minimum Firefox version, AMO's
 *    data-collection declaration). Chromium 156 skips it quietly, older versions warned
 *    "Unrecognized manifest key"; either way it means nothing to Chrome. */
export function chromeManifest(source: Manifest): Manifest {
  const manifest = clone(source);
  delete manifest.browser_specific_settings;
  if (manifest.background) {
    if (!manifest.background.service_worker) throw new Error('manifest.json: background.service_worker is missing; Chrome needs it');
    delete manifest.background.scripts;
  }
  return manifest;
}

/** Firefox (AMO) copy:
 *  - keeps `browser_specific_settings`: the add-on id AMO signs and updates by, the minimum
 *    version (142, the first whose linter accepts `data_collection_permissions`), and the
 *    declaration that Lede collects no data, which AMO requires of new add-ons.
 *  - no `background.service_worker`: Firefox does not run MV3 service workers; it runs
 *    `background.scripts` (the same background.js, a classic script) as an event page, and
 *    `web-ext lint` warns BACKGROUND_SERVICE_WORKER_IGNORED while the key is there. */
export function firefoxManifest(source: Manifest): Manifest {
  const manifest = clone(source);
  const gecko = (manifest.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
  if (typeof gecko?.id !== 'string') throw new Error('manifest.json: browser_specific_settings.gecko.id is missing; AMO needs it');
  if (manifest.background) {
    if (!manifest.background.scripts?.length) throw new Error('manifest.json: background.scripts is missing; Firefox needs it');
    delete manifest.background.service_worker;
  }
  return manifest;
}

/** The manifest file's bytes: two-space JSON and a final newline, like the source. */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}

/** The one version of the release: manifest.json's and package.json's must agree. */
export function releaseVersion(manifest: Manifest, pkg: { version?: unknown }): string {
  const { version } = manifest;
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) {
    throw new Error(`manifest.json version must be 1 to 4 dot-separated numbers (what both stores accept), not ${JSON.stringify(version)}`);
  }
  if (pkg.version !== version) {
    throw new Error(`versions disagree: manifest.json says ${version}, package.json says ${JSON.stringify(pkg.version)}; set both to the release's version`);
  }
  return version;
}
