// One config, five builds (selected by --mode), because an MV3 extension needs bundles of
// different shapes: the popup is an ordinary HTML page with ES modules, the content script and
// the background must be single classic scripts (content scripts cannot be modules, and Firefox's
// `background.scripts` fallback loads classic scripts), and the CLI is a Node ES module.
// `npm run build` runs them in order; the popup build empties dist/ first.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
const dist = resolve(root, 'dist');

/** The manifest is a source file at the repo root; the extension needs it beside the bundles. */
function copyManifest(): Plugin {
  return {
    name: 'lede-copy-manifest',
    writeBundle() {
      mkdirSync(dist, { recursive: true });
      copyFileSync(resolve(root, 'manifest.json'), resolve(dist, 'manifest.json'));
    },
  };
}

/** npm links `lede` into node_modules/.bin at install time, before the CLI is built, so the
 *  built file must make itself executable. */
function executable(file: string): Plugin {
  return {
    name: 'lede-executable',
    writeBundle() {
      chmodSync(file, 0o755);
    },
  };
}

/** A single classic script for the extension (content script or background). */
function classicScript(name: string, entry: string): UserConfig {
  return {
    publicDir: false,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: `lede_${name}`, fileName: () => `${name}.js` },
    },
  };
}

const unitTests = {
  name: 'unit',
  include: ['test/**/*.test.{ts,tsx}'],
  exclude: ['test/e2e/**', 'node_modules/**'],
  environment: 'node',
  testTimeout: 20_000,
  // The browser's i18n API, reading public/_locales (the extension's words are looked up there).
  setupFiles: ['test/i18n/setup.ts'],
};

export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'content':
      return classicScript('content', 'src/content/main.ts');
    case 'quotes':
      return classicScript('quotes', 'src/content/quotes-main.ts');
    case 'background':
      return classicScript('background', 'src/background/main.ts');
    case 'cli':
      return {
        publicDir: false,
        plugins: [executable(resolve(root, 'build/cli/lede.mjs'))],
        build: {
          ssr: resolve(root, 'src/cli/bin.ts'),
          outDir: resolve(root, 'build/cli'),
          emptyOutDir: true,
          target: 'node20',
          minify: false,
          rollupOptions: { output: { entryFileNames: 'lede.mjs', format: 'es', banner: '#!/usr/bin/env node' } },
        },
      };
    default:
      // The popup (and, under Vitest, the test projects).
      return {
        plugins: [preact(), copyManifest()],
        publicDir: resolve(root, 'public'),
        root: resolve(root, 'src/popup'),
        base: './',
        build: {
          outDir: dist,
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          modulePreload: false,
          rollupOptions: { input: { popup: resolve(root, 'src/popup/popup.html') } },
        },
        test: {
          root,
          projects: [
            { extends: true, test: unitTests },
            {
              extends: true,
              test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
            },
          ],
        },
      };
  }
});
