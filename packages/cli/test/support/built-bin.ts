import { existsSync } from 'node:fs';
import { BIN } from './run-ethora.js';

/** The tests run the built command line as users do: it must be built first (turbo's `test` builds it). */
export default function checkBuiltBin(): void {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build the command line first (pnpm --filter @ethora/cli build).`);
  }
}
