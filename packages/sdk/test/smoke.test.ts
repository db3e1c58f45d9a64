import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

describe('@ethora/sdk entry point', () => {
  it('re-exports the client factory', () => {
    expect(typeof sdk.createEthoraClient).toBe('function');
  });
});
