// The `lede` executable: kept apart from main.ts so tests can import main() without running it.
import { main } from './main';

process.exitCode = main(process.argv.slice(2));
