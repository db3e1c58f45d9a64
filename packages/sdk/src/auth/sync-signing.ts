import type * as NodeBuffer from 'node:buffer';
import type * as NodeCrypto from 'node:crypto';
import { EthoraConfigError } from '@ethora/client';
import type { SigningKeyKind } from './signing-keys.js';
import type { TokenConfig, TokenType } from './token-types.js';

/** The parts of Node's built-ins that synchronous HS256 signing needs. */
interface NodeSigning {
  readonly createHmac: typeof NodeCrypto.createHmac;
  readonly createSecretKey: typeof NodeCrypto.createSecretKey;
  readonly Buffer: typeof NodeBuffer.Buffer;
}

type BuiltinLoader = (id: string) => unknown;

// `undefined`: not looked up yet; `null`: this runtime has no synchronous HMAC.
let nodeSigning: NodeSigning | null | undefined;

/**
 * Node's `crypto` and `Buffer`, handed over synchronously by `process.getBuiltinModule` (Node 20.16+, Bun, Deno),
 * or `null` where the runtime has none (browsers, edge workers). Never imported statically, so bundles for those
 * runtimes build without Node built-ins.
 */
function syncSigning(): NodeSigning | null {
  if (nodeSigning === undefined) {
    nodeSigning = null;
    const runtime = (globalThis as { process?: { getBuiltinModule?: BuiltinLoader } }).process;
    try {
      if (typeof runtime?.getBuiltinModule === 'function') {
        const crypto = runtime.getBuiltinModule('node:crypto') as typeof NodeCrypto | undefined;
        const buffer = runtime.getBuiltinModule('node:buffer') as typeof NodeBuffer | undefined;
        if (typeof crypto?.createHmac === 'function' && typeof buffer?.Buffer?.from === 'function') {
          nodeSigning = {
            createHmac: crypto.createHmac,
            createSecretKey: crypto.createSecretKey,
            Buffer: buffer.Buffer,
          };
        }
      }
    } catch {
      // A runtime that imitates `process` but refuses the module: no synchronous signing here.
    }
  }
  return nodeSigning;
}

/**
 * {@link syncSigning}, or an `EthoraConfigError` saying that `call` signs with `node:crypto`, which this runtime
 * lacks, and which asynchronous call to use `instead`.
 */
export function requireSyncSigning(call: string, instead: string): NodeSigning {
  const node = syncSigning();
  if (node !== null) return node;
  throw new EthoraConfigError(
    'runtime',
    `${call} signs synchronously with node:crypto, which this runtime does not provide (Node.js, Bun and Deno ` +
      `do). Here use the asynchronous form: ${instead}.`,
  );
}

// Every token of this SDK has the same protected header.
const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'; // {"alg":"HS256","typ":"JWT"}

interface KeyEntry {
  secret: string;
  keys: Map<SigningKeyKind, NodeCrypto.KeyObject>;
}
// One entry per config object, re-checked against its current secret (configs are usually frozen and long-lived).
const keysByConfig = new WeakMap<object, KeyEntry>();

function hmacKey(node: NodeSigning, config: TokenConfig, kind: SigningKeyKind): NodeCrypto.KeyObject {
  let entry = keysByConfig.get(config);
  if (entry === undefined || entry.secret !== config.appSecret) {
    entry = { secret: config.appSecret, keys: new Map() };
    keysByConfig.set(config, entry);
  }
  let key = entry.keys.get(kind);
  if (key === undefined) {
    const text = kind === 'raw' ? config.appSecret : scopedSecretText(node, config.appSecret, kind);
    key = node.createSecretKey(node.Buffer.from(text, 'utf8'));
    entry.keys.set(kind, key);
  }
  return key;
}

// The scoped key is the lowercase hex of HMAC-SHA256(secret, `ethora:<purpose>:v1`), used as UTF-8 text.
function scopedSecretText(node: NodeSigning, appSecret: string, purpose: TokenType): string {
  return node.createHmac('sha256', appSecret).update(`ethora:${purpose}:v1`).digest('hex');
}

/** `deriveScopedSecret` done synchronously, or `undefined` where the runtime has no `node:crypto`. */
export function scopedSecretSync(appSecret: string, purpose: TokenType): string | undefined {
  const node = syncSigning();
  return node === null ? undefined : scopedSecretText(node, appSecret, purpose);
}

/**
 * Signs `claims` with HS256 and the key of `kind` in one synchronous HMAC: for `{ data, iat, exp }` byte for byte
 * the token the asynchronous helpers produce. The caller has checked the config.
 */
export function signTokenSync(
  node: NodeSigning,
  config: TokenConfig,
  claims: object,
  kind: SigningKeyKind,
): string {
  const signingInput = `${HEADER}.${node.Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')}`;
  const signature = node
    .createHmac('sha256', hmacKey(node, config, kind))
    .update(signingInput)
    .digest('base64url');
  return `${signingInput}.${signature}`;
}
