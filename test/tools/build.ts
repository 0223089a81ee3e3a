// `npm run build`: the five builds of vite.config.ts (popup, content script and its quote finder,
// background, CLI), in order, in one process. The popup build empties dist/ first, so it goes first. Vite's file-size
// tables are left out (logLevel warn): warnings and errors still show.
import './plain-output';
import { resolve } from 'node:path';

const MODES = ['popup', 'content', 'quotes', 'background', 'cli'] as const;
const { build } = await import('vite');
for (const mode of MODES) {
  await build({ mode, configFile: resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn' });
}
console.log(`Built ${MODES.join(', ')} into dist/ and build/cli/.`);
