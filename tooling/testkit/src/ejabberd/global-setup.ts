import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type EjabberdEndpoints, findEjabberdctl, startEjabberd } from '@ethora/emulator';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    ejabberd: EjabberdEndpoints;
  }
}

const INSTALL_SCRIPT = fileURLToPath(new URL('../../scripts/install-ejabberd.sh', import.meta.url));

/**
 * Vitest global setup: one throwaway ejabberd for the whole run, stopped afterwards even when tests fail.
 * Where ejabberd is missing and the run may install packages (root, apt-get), it is installed first, as
 * `.ci/run` does; elsewhere the run stops with the command to install it.
 */
export default async function setup(project: TestProject) {
  if (!findEjabberdctl() && process.getuid?.() === 0) {
    execFileSync('bash', [INSTALL_SCRIPT], { stdio: 'inherit' });
  }
  const server = await startEjabberd();
  const { host, conferenceHost, c2sUrl, wsUrl, adminUrl } = server;
  project.provide('ejabberd', { host, conferenceHost, c2sUrl, wsUrl, adminUrl });
  return () => server.stop();
}
