import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { type EjabberdEndpoints, startEjabberd } from './ejabberd-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    ejabberd: EjabberdEndpoints;
  }
}

/** Vitest global setup: one throwaway ejabberd for the whole run, stopped afterwards even when tests fail. */
export default async function setup(project: TestProject) {
  const server = await startEjabberd();
  const { host, conferenceHost, c2sUrl, wsUrl, adminUrl } = server;
  project.provide('ejabberd', { host, conferenceHost, c2sUrl, wsUrl, adminUrl });
  return () => server.stop();
}
