/**
 * `cchc`: the command-line host. Parses arguments, hands files to the xlsx host and core, prints.
 * Each command lives in ./commands and registers itself on the program.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Command, CommanderError } from 'commander';
import { type CliIO, processIO, EXIT } from './io';
import { registerCheck } from './commands/check';
import { registerConsolidate } from './commands/consolidate';
import { registerTemplate } from './commands/template';
import { registerConvert } from './commands/convert';

export type CommandRegistrar = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

const registrars: CommandRegistrar[] = [registerCheck, registerTemplate, registerConsolidate, registerConvert];

/** The package's own version: src/cli and lib/cli both sit two folders below package.json. */
function version(): string {
  try {
    return (
      (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version?: string }).version ??
      'unknown'
    );
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command();
  program
    .name('cchc')
    .description(
      'Đọc, kiểm tra và tổng hợp kế hoạch cải cách hành chính (CCHC) trong Excel / Read, check and consolidate CCHC plan workbooks',
    )
    .version(version(), '-V, --version', 'in phiên bản / print the version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError(false);
  for (const register of registrars)
    register(program, io, (code) => {
      exitCode = Math.max(exitCode, code);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to a user.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return EXIT.ok;
      return EXIT.unreadable;
    }
    io.err(`cchc: ${(err as Error).message ?? String(err)}`);
    return EXIT.unreadable;
  }
  return exitCode;
}
