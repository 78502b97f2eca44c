import type { Command } from 'commander';
import type { CliIO } from '../io';

// Filled in with the engine (issue 2).
export function registerCheck(_program: Command, _io: CliIO, _setExit: (code: number) => void): void {}
