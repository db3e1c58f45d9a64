import type { components } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import { assertOptionalBoolean, assertOptionalChoice } from '../validation/assert-choice.js';
import { assertArray } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertString } from '../validation/assert-string.js';
import { fail } from '../validation/fail.js';
import { call, type RepositoryContext } from './context.js';

/** Settings of an app's chatbot; in an update every field is optional and omitted fields keep their values. */
export type AppBotSettings = components['schemas']['BotConfig'];
/** The bot settings as the API returns them (the body is not documented, so it is an open record). */
export type AppBotResult = components['schemas']['NotDocumented'];

const STRING_FIELDS = [
  'savedAgentId',
  'prompt',
  'greetingMessage',
  'chatId',
  'botFirstName',
  'botLastName',
  'botDisplayName',
  'botAvatarUrl',
  'llmProvider',
  'llmModel',
  'widgetPublicUrl',
] as const;
const BOOLEAN_FIELDS = ['isRAG', 'widgetPublicEnabled'] as const;

/** Tenant-admin methods on an app's chatbot. */
export interface AppBotMethods {
  /** Reads the app's chatbot settings (`GET /v2/apps/{appId}/bot`). */
  getAppBot(appId: string): Promise<AppBotResult>;
  /** Changes some chatbot settings; omitted fields keep their values (`PUT /v2/apps/{appId}/bot`). */
  updateAppBot(appId: string, patch: AppBotSettings): Promise<AppBotResult>;
}

/** Builds the {@link AppBotMethods} of a repository. */
export function createAppBotMethods(ctx: RepositoryContext): AppBotMethods {
  return {
    async getAppBot(appId: string): Promise<AppBotResult> {
      appId = appIdOf('appId', appId);
      return call(ctx.client.GET('/v2/apps/{appId}/bot', { params: { path: { appId } } }));
    },

    async updateAppBot(appId: string, patch: AppBotSettings): Promise<AppBotResult> {
      appId = appIdOf('appId', appId);
      assertBotPatch('patch', patch);
      return call(
        ctx.client.PUT('/v2/apps/{appId}/bot', { params: { path: { appId } }, body: { ...patch } }),
      );
    },
  };
}

function assertBotPatch(argument: string, patch: unknown): asserts patch is AppBotSettings {
  assertPlainObject(argument, patch);
  if (Object.values(patch).every((value) => value === undefined)) {
    fail(argument, 'non-empty', 'must set at least one bot setting', patch);
  }
  assertOptionalChoice(`${argument}.status`, patch.status, ['on', 'off']);
  assertOptionalChoice(`${argument}.trigger`, patch.trigger, ['any_message', '/bot']);
  for (const key of BOOLEAN_FIELDS) assertOptionalBoolean(`${argument}.${key}`, patch[key]);
  for (const key of STRING_FIELDS) {
    // An empty prompt or greeting is a legitimate way to clear it, so only the type is checked.
    const value = patch[key];
    if (value !== undefined && typeof value !== 'string')
      fail(`${argument}.${key}`, 'type', 'expected a string', value);
  }
  if (patch.ragTags !== undefined) {
    const tags = patch.ragTags;
    assertArray(`${argument}.ragTags`, tags, { min: 0, max: Number.MAX_SAFE_INTEGER });
    for (const [index, tag] of tags.entries()) assertString(`${argument}.ragTags[${index}]`, tag);
  }
}
