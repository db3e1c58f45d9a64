import { readFile } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import type { ConfigValue } from './config-sources.js';

/**
 * Reads the app secret from a file, or from standard input for `-`. One trailing line break is removed (files
 * written by `echo` end with one); anything else is kept as is, so the SDK can point out stray whitespace.
 */
export async function readSecretFile(path: string, readStdin: () => Promise<string>): Promise<ConfigValue> {
  let text: string;
  if (path === '-') {
    text = await readStdin();
  } else {
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new CliError(`Cannot read the app secret file ${path} (${code}).`, {
        fix: 'pass a readable file to --app-secret-file, or - to read the secret from standard input',
      });
    }
  }
  const value = text.replace(/\r?\n$/, '');
  const source = path === '-' ? '--app-secret-file (stdin)' : `--app-secret-file ${path}`;
  if (value === '') {
    throw new CliError(`The app secret from ${source} is empty.`, {
      fix: 'put the app secret (and nothing else) in the file',
    });
  }
  return { value, source, setting: '--app-secret-file' };
}
