import { createRequire } from 'node:module';
import { type ApiCase, OPERATIONS } from './cases/api-case.js';
import type { StubServer } from './stub-server.js';

/** Server-token signatures one case made over a fixed number of calls, and what the server saw. */
export interface SignatureRow {
  caseName: string;
  calls: number;
  /** Signatures counted at the signing library, from a fresh instance (so the first signing counts). */
  signatures: number;
  /** Where the count comes from. */
  countedAt: string;
  /** Distinct valid tokens the stub server received over the same calls. */
  distinctTokens: number;
}

/** Counts calls of one signing function while installed. */
export interface SignatureCounter {
  /** Where it counts, for the report. */
  label: string;
  count(): number;
  install(): void;
  uninstall(): void;
}

/**
 * Counts `jsonwebtoken.sign` as the previous SDK resolves it; the SDK reads `sign` off the module on
 * every call, so replacing the property sees each signature.
 */
export function jsonwebtokenCounter(): SignatureCounter {
  const fromPrevious = createRequire(createRequire(import.meta.url).resolve('@ethora/sdk-backend'));
  const jwt = fromPrevious('jsonwebtoken') as { sign: (...args: unknown[]) => unknown };
  const original = jwt.sign;
  let count = 0;
  return {
    label: 'jsonwebtoken.sign',
    count: () => count,
    install: () => {
      count = 0;
      jwt.sign = (...args: unknown[]) => {
        count++;
        return original.apply(jwt, args);
      };
    },
    uninstall: () => {
      jwt.sign = original;
    },
  };
}

/** True when signed bytes are a JWS signing input (`<base64url header>.<base64url payload>`). */
function isJwsSigningInput(data: BufferSource): boolean {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  // A JSON header always starts with `{"`, which base64url-encodes to `eyJ`.
  return bytes[0] === 0x65 && bytes[1] === 0x79 && bytes[2] === 0x4a && bytes.includes(0x2e);
}

/**
 * Counts JWT signatures made through WebCrypto (`crypto.subtle.sign` with HMAC over a JWS signing
 * input), which is how jose signs HS256; deriving the scoped key is an HMAC too but is not counted.
 */
export function webCryptoJwtCounter(): SignatureCounter {
  const subtle = globalThis.crypto.subtle;
  const original = subtle.sign;
  let count = 0;
  return {
    label: 'crypto.subtle.sign (HS256)',
    count: () => count,
    install: () => {
      count = 0;
      subtle.sign = function countingSign(this: SubtleCrypto, ...args: Parameters<SubtleCrypto['sign']>) {
        const [algorithm, , data] = args;
        const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
        if (name.toUpperCase() === 'HMAC' && isJwsSigningInput(data)) count++;
        return original.apply(subtle, args);
      };
    },
    uninstall: () => {
      subtle.sign = original;
    },
  };
}

/**
 * Makes `calls` calls (the three operations in turn) with a case built after the counter is installed,
 * and reads both the library-level count and the distinct tokens the server received.
 */
export async function countSignatures(
  makeCase: () => ApiCase,
  counter: SignatureCounter,
  stub: StubServer,
  calls: number,
): Promise<SignatureRow> {
  await stub.reset();
  counter.install();
  let caseName = '';
  try {
    const benchCase = makeCase();
    caseName = benchCase.name;
    for (let i = 0; i < calls; i++) await benchCase.call[OPERATIONS[i % OPERATIONS.length]!](1_000_000 + i);
    await benchCase.close?.();
  } finally {
    counter.uninstall();
  }
  const stats = await stub.stats();
  if (stats.requests !== calls) {
    throw new Error(`${caseName}: the stub received ${stats.requests} requests for ${calls} calls`);
  }
  return {
    caseName,
    calls,
    signatures: counter.count(),
    countedAt: counter.label,
    distinctTokens: stats.distinctTokens,
  };
}
