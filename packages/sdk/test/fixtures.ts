/** A well-formed 24-hex app id used across the unit tests. */
export const APP_ID = '65a1f0c2e4b0a1b2c3d4e5f6';
/** The app secret of the previous SDK's test fixture, whose derived keys the fact sheet lists. */
export const SECRET = 'secret123';
/** Scoped keys for {@link SECRET}: hex(HMAC-SHA256(secret, "ethora:<purpose>:v1")). */
export const SCOPED_SERVER_KEY = '6fada8e7fbec51c006285f32991e91b55ba6da10e2ec415837be26a239c70016';
export const SCOPED_CLIENT_KEY = '4392dc228155c84c30d3beb4d4724e2f802b2f2520bc083ae488a15a0087f704';

/** Splits a compact JWT and decodes its header and payload without verifying anything. */
export function decodeParts(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [header, payload] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')),
    payload: JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')),
  };
}
