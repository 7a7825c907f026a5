/**
 * Entry of the `pressmark` command line: parses the command and hands over.
 * Each command lives in its own file and returns the process exit code.
 */
import { anchorCommand } from './anchor-command';
import { annotateCommand } from './annotate-command';

const USAGE = `Usage:
  pressmark annotate <file-or-URL>... [--format json|jsonl|csv] [--out FILE] [--bom]
      Isolate each release, detect organizations and commitments.
  pressmark anchor --annotations FILE <file-or-URL> [--format json]
      Re-anchor W3C Web Annotations (or a Pressmark bundle) against a page.
  pressmark help
      Show this text.

Exit codes: 0 all inputs done, 1 some input failed, 2 bad usage.`;

/**
 * Runs the command line.
 *
 * @param argv - Arguments after the program name.
 * @return The process exit code.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'annotate':
      return annotateCommand(rest);
    case 'anchor':
      return anchorCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`pressmark: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}
