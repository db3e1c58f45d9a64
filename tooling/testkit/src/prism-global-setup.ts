import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPrism } from './prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

/** Vitest global setup: one Prism mock for the whole run, stopped afterwards even when tests fail. */
export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide('prismUrl', prism.url);
  return async () => {
    await prism.stop();
  };
}
