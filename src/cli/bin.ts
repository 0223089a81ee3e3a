// The `lede` executable: kept apart from main.ts so tests can import main() without running it.
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a page's fault: one line, not a stack trace in the person's terminal.
    process.stderr.write(`lede: internal error: ${(err as Error)?.message ?? String(err)} (please report it)\n`);
    process.exitCode = 1;
  },
);
