import { basename } from 'node:path';
import { pinnedPnpmVersion } from './workspace.js';

/** How to start pnpm: the one running this test when there is one, else the pinned one through npx. */
export function pnpmCommand(): { command: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /^pnpm(\.c?js)?$/.test(basename(execPath))) {
    return { command: process.execPath, args: [execPath] };
  }
  return { command: 'npx', args: ['-y', `pnpm@${pinnedPnpmVersion()}`] };
}
