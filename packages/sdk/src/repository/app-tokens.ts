import type { components } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertString } from '../validation/assert-string.js';
import type { UndocumentedResult } from './chats.js';
import { call, type RepositoryContext } from './context.js';
import { pickOptions } from './pick-options.js';

/** The app's server API tokens as metadata; secrets are never listed. */
export type AppTokenList = components['schemas']['AppTokenList'];
/** A new or rotated token: its value (`token`) is shown only in this response. */
export type CreatedAppToken = components['schemas']['CreatedAppToken'];
/** Options of `createAppToken` and `rotateAppToken`. */
export interface AppTokenOptions {
  /** A name that helps tell tokens apart. */
  label?: string | undefined;
}

/** Tenant-admin methods on an app's server API tokens. */
export interface AppTokenMethods {
  /** Lists the app's server API tokens, metadata only (`GET /v2/apps/{appId}/tokens`). */
  listAppTokens(appId: string): Promise<AppTokenList>;
  /** Creates a server API token (`POST /v2/apps/{appId}/tokens`); store `token` now, it is shown once. */
  createAppToken(appId: string, options?: AppTokenOptions): Promise<CreatedAppToken>;
  /** Revokes a token at once; revoking it again changes nothing (`DELETE /v2/apps/{appId}/tokens/{tokenId}`). */
  revokeAppToken(appId: string, tokenId: string): Promise<UndocumentedResult>;
  /** Replaces a token's value; the old value stops working at once (`POST .../tokens/{tokenId}/rotate`). */
  rotateAppToken(appId: string, tokenId: string, options?: AppTokenOptions): Promise<CreatedAppToken>;
}

/** Builds the {@link AppTokenMethods} of a repository. */
export function createAppTokenMethods(ctx: RepositoryContext): AppTokenMethods {
  return {
    async listAppTokens(appId: string): Promise<AppTokenList> {
      appId = appIdOf('appId', appId);
      return call(ctx.client.GET('/v2/apps/{appId}/tokens', { params: { path: { appId } } }));
    },

    async createAppToken(appId: string, options?: AppTokenOptions): Promise<CreatedAppToken> {
      appId = appIdOf('appId', appId);
      const body = tokenBody(options);
      return call(ctx.client.POST('/v2/apps/{appId}/tokens', { params: { path: { appId } }, body }));
    },

    async revokeAppToken(appId: string, tokenId: string): Promise<UndocumentedResult> {
      appId = appIdOf('appId', appId);
      assertPlainId('tokenId', tokenId);
      return call(
        ctx.client.DELETE('/v2/apps/{appId}/tokens/{tokenId}', { params: { path: { appId, tokenId } } }),
      );
    },

    async rotateAppToken(
      appId: string,
      tokenId: string,
      options?: AppTokenOptions,
    ): Promise<CreatedAppToken> {
      appId = appIdOf('appId', appId);
      assertPlainId('tokenId', tokenId);
      const body = tokenBody(options);
      return call(
        ctx.client.POST('/v2/apps/{appId}/tokens/{tokenId}/rotate', {
          params: { path: { appId, tokenId } },
          body,
        }),
      );
    },
  };
}

// The API takes `{}` for "no label"; the previous SDK sent that too.
function tokenBody(options: unknown): components['schemas']['AppTokenRequest'] {
  return {
    ...pickOptions<AppTokenOptions>('options', options, {
      label: assertString,
    }),
  };
}
