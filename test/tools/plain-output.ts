// Colours only on a terminal. Vite, Vitest and web-ext colour their output whenever CI is set,
// even when it goes to a file, which left raw escape codes in CI logs. Import this first: the
// colour libraries read the environment once, when they are loaded.
if (!process.stdout.isTTY) {
  process.env.NO_COLOR = '1';
  delete process.env.FORCE_COLOR;
}
export {};
