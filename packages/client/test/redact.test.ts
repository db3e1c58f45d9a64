import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactString } from '../src/index.js';
import { isSecretKey } from '../src/logging/redact.js';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjp7ImFwcElkIjoiYSJ9fQ.q1w2e3r4t5y6u7i8o9p0';

describe('isSecretKey', () => {
  it('names credential fields and headers in any spelling', () => {
    for (const key of [
      'Authorization',
      'x-custom-token',
      'X_Custom_Token',
      'cookie',
      'Set-Cookie',
      'password',
      'newPassword',
      'appSecret',
      'client_secret',
      'refreshToken',
      'appToken',
      'token',
      'apiKey',
      'jwt',
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it('leaves ordinary fields that merely mention tokens alone', () => {
    for (const key of [
      'tokenId',
      'totalTokens',
      'tokens',
      'label',
      'requestId',
      'xmppUsername',
      'secretary',
    ]) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });
});

describe('redactString', () => {
  it('masks JWTs, scheme credentials and key=value credentials', () => {
    expect(redactString(`token ${JWT} expired`)).toBe(`token ${REDACTED} expired`);
    expect(redactString('Authorization: Bearer abcdefghijklmnop')).toBe(`Authorization: ${REDACTED}`);
    expect(redactString('sent JWT abcdefghijklmnop as is')).toBe(`sent JWT ${REDACTED} as is`);
    expect(redactString('GET /x?password=hunter2hunter2&limit=5')).toBe(
      `GET /x?password=${REDACTED}&limit=5`,
    );
    expect(redactString('{"appSecret":"s3cr3t-value-123"}')).toContain(REDACTED);
  });

  it('masks the secrets it is given, and keeps ordinary text', () => {
    expect(redactString('the key is my-app-secret-42!', ['my-app-secret-42'])).toBe(
      `the key is ${REDACTED}!`,
    );
    expect(redactString('Chat room already exists')).toBe('Chat room already exists');
  });
});

describe('redactString by value', () => {
  const [header, payload, signature] = JWT.split('.') as [string, string, string];

  it('masks a known token whole, behind its scheme, and each long part of it echoed alone', () => {
    const out = [
      `sent ${JWT}`,
      `Authorization: JWT ${JWT}`,
      `payload ${payload} only`,
      `signature ${signature} only`,
      `headless ${payload}.${signature}`,
      `glued x${signature}y`,
    ].map((text) => redactString(text, [`Bearer ${JWT}`]));
    for (const text of out) {
      expect(text).not.toContain(payload);
      expect(text).not.toContain(signature);
    }
    expect(out[2]).toBe(`payload ${REDACTED} only`);
    expect(out[4]).toBe(`headless ${REDACTED}.${REDACTED}`);
    // The header part alone is the constant of every HS256 token; it goes too, being long enough.
    expect(redactString(`header ${header}`, [JWT])).toBe(`header ${REDACTED}`);
  });

  it('keeps short parts and short secrets, which would mask ordinary words', () => {
    expect(redactString('the app is acme', ['acme'])).toBe('the app is acme');
    expect(redactString('part abc of it', ['abc.defghijklmnopqrstuvw'])).toBe('part abc of it');
  });
});

describe('the pattern-based net', () => {
  it('leaves a credential-named word followed by a plain word alone', () => {
    for (const text of [
      'Invalid token: unknown app',
      'token: expired',
      'Invalid token: Malformed header',
      'password: required',
      'token=undefined',
      'secret: TOKEN_EXPIRED',
      'token: invalid_signature',
    ]) {
      expect(redactString(text), text).toBe(text);
    }
  });

  it('still masks a real token, or a long or mixed value, after a credential name', () => {
    expect(redactString(`Invalid token: ${JWT}`)).toBe(`Invalid token: ${REDACTED}`);
    const [, payload, signature] = JWT.split('.');
    // Without its header part the token is no JWT shape; the pair still gives it away.
    expect(redactString(`token=${payload}.${signature}`)).toBe(`token=${REDACTED}`);
    expect(redactString('apiKey: sk_live_0a1b2c3d4e')).toBe(`apiKey: ${REDACTED}`);
    expect(redactString('password=correcthorsebatterystaple')).toBe(`password=${REDACTED}`);
  });
});

describe('redact', () => {
  it('scrubs property names of known secrets and JWTs, and keeps `__proto__` a plain key', () => {
    const parsed = JSON.parse(
      `{"${JWT}": 1, "nested": {"x-${JWT.split('.')[2]}": "v"}, "__proto__": {"a": 1}}`,
    );
    const out = redact(parsed, [JWT]) as Record<string, unknown>;
    expect(JSON.stringify(out)).not.toContain(JWT.split('.')[2]);
    expect(JSON.stringify(out)).toBe(
      JSON.stringify(
        JSON.parse(`{"${REDACTED}": 1, "nested": {"x-${REDACTED}": "v"}, "__proto__": {"a": 1}}`),
      ),
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('masks credential fields at any depth and scrubs strings', () => {
    const input = {
      headers: { authorization: `Bearer ${JWT}`, 'x-custom-token': JWT, accept: 'application/json' },
      users: [{ uuid: 'u1', password: 'hunter2' }],
      note: `forwarded ${JWT}`,
      count: 3,
    };
    expect(redact(input)).toEqual({
      headers: { authorization: REDACTED, 'x-custom-token': REDACTED, accept: 'application/json' },
      users: [{ uuid: 'u1', password: REDACTED }],
      note: `forwarded ${REDACTED}`,
      count: 3,
    });
  });

  it('never walks into class instances such as Headers or Request', () => {
    const headers = new Headers({ authorization: `Bearer ${JWT}` });
    const request = new Request('http://127.0.0.1/', { headers });
    expect(redact({ headers, request })).toEqual({ headers: '[Headers]', request: '[Request]' });
  });

  it('copes with cycles and deep nesting', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ name: 'a', self: '[Circular]' });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10; i++) deep = { deep };
    expect(JSON.stringify(redact(deep))).toContain('[Truncated]');
  });
});
