/**
 * The part of jose the token helpers use, loaded lazily through `load-jose.ts`. Named re-exports (not
 * the whole namespace) let bundlers drop the rest of jose.
 */
export { decodeJwt, decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
