import type { components } from '@ethora/client';
import { assertAppId } from '../validation/assert-app-id.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertString } from '../validation/assert-string.js';
import { call, type RepositoryContext } from './context.js';
import { pickOptions } from './pick-options.js';

type Schemas = components['schemas'];

/** The app's server API tokens as metadata; secrets are never listed. */
export type AppTokenList = Schemas['AppTokenList'];
/** A new or rotated token: its value (`token`) is shown only in this response. */
export type CreatedAppToken = Schemas['CreatedAppToken'];
/** Options of `createAppToken` and `rotateAppToken`. */
export interface AppTokenOptions {
  /** A name that helps tell tokens apart. */
  label?: string;
}
/** A success body whose fields the API does not document. */
type UndocumentedResult = Schemas['NotDocumented'];

/** Tenant-admin methods on an app's server API tokens. */
export function createAppTokenMethods(ctx: RepositoryContext) {
  return {
    /** Lists the app's server API tokens, metadata only (`GET /v2/apps/{appId}/tokens`). */
    async listAppTokens(appId: string): Promise<AppTokenList> {
      assertAppId('appId', appId);
      return call(ctx.client.GET('/v2/apps/{appId}/tokens', { params: { path: { appId } } }));
    },

    /** Creates a server API token (`POST /v2/apps/{appId}/tokens`); store `token` now, it is shown once. */
    async createAppToken(appId: string, options?: AppTokenOptions): Promise<CreatedAppToken> {
      assertAppId('appId', appId);
      const body = tokenBody(options);
      return call(ctx.client.POST('/v2/apps/{appId}/tokens', { params: { path: { appId } }, body }));
    },

    /** Revokes a token at once; revoking it again changes nothing (`DELETE /v2/apps/{appId}/tokens/{tokenId}`). */
    async revokeAppToken(appId: string, tokenId: string): Promise<UndocumentedResult> {
      assertAppId('appId', appId);
      assertPlainId('tokenId', tokenId);
      return call(
        ctx.client.DELETE('/v2/apps/{appId}/tokens/{tokenId}', { params: { path: { appId, tokenId } } }),
      );
    },

    /** Replaces a token's value; the old value stops working at once (`POST .../tokens/{tokenId}/rotate`). */
    async rotateAppToken(
      appId: string,
      tokenId: string,
      options?: AppTokenOptions,
    ): Promise<CreatedAppToken> {
      assertAppId('appId', appId);
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
function tokenBody(options: unknown): AppTokenOptions {
  return (
    pickOptions<AppTokenOptions>('options', options, {
      label: assertString,
    }) ?? {}
  );
}

/** The methods {@link createAppTokenMethods} adds to the repository. */
export type AppTokenMethods = ReturnType<typeof createAppTokenMethods>;
