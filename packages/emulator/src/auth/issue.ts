import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { ApiTokenRecord, AppRecord, UserRecord } from '../store/model.js';
import type { AppKeys } from './keys.js';

const utf8 = new TextEncoder();
// Session tokens only need to look like the platform's; nothing in the emulator accepts them back.
const sessionKey = randomBytes(32);

/** Signs the tokens the emulator hands out: server API tokens, legacy app tokens and user sessions. */
export class TokenIssuer {
  constructor(private readonly keys: AppKeys) {}

  /**
   * The value of a server API token: a server JWT (`data.type: 'server'`) of the app, signed with its scoped key,
   * that also carries `data.tokenId` and the token's current `jti`, so revoking or rotating it takes effect at once.
   */
  async apiToken(app: AppRecord, token: ApiTokenRecord): Promise<string> {
    return new SignJWT({ data: { appId: app._id, type: 'server', tokenId: token.tokenId } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setJti(token.jti)
      .sign(await this.keys.key(app, 'server'));
  }

  /** The legacy app token shown in app objects: `JWT ` and an app JWT signed with the raw secret. */
  async appToken(appId: string, secret: string): Promise<string> {
    const jwt = await new SignJWT({ data: { appId, type: 'app' } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .sign(utf8.encode(secret));
    return `JWT ${jwt}`;
  }

  /** A user session (`token`, `refreshToken`, both `JWT `-prefixed) as `POST /v1/users/client` returns it. */
  async session(app: AppRecord, user: UserRecord): Promise<{ token: string; refreshToken: string }> {
    const sign = (type: string, ttl: string) =>
      new SignJWT({
        data: { type, appId: app._id, userId: user._id, xmppUsername: `${app._id}_${user.uuid}` },
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(sessionKey);
    const [token, refreshToken] = await Promise.all([sign('user', '1h'), sign('refresh', '7d')]);
    return { token: `JWT ${token}`, refreshToken: `JWT ${refreshToken}` };
  }
}
