import { refused } from '../http/api-error.js';
import { type RouteDefinition, serverRoute } from '../http/route.js';
import type { BotSettings } from '../store/model.js';
import { bodyOf, managedApp } from './scope.js';

/** Settings of a bot nobody configured yet. */
const BOT_DEFAULTS: BotSettings = { status: 'off', trigger: '/bot', isRAG: false };

/** An app's chatbot settings: read, and partial update (fields left out keep their values). */
export const botRoutes: readonly RouteDefinition[] = [
  serverRoute('GET', '/v2/apps/{appId}/bot', (context) => ({
    body: { ...BOT_DEFAULTS, ...managedApp(context).bot },
  })),
  serverRoute('PUT', '/v2/apps/{appId}/bot', (context) => {
    const app = managedApp(context);
    const patch = bodyOf(context);
    const models = context.services.settings.enabledModels;
    if (models !== undefined) {
      const provider = (patch.llmProvider ?? app.bot.llmProvider) as string | undefined;
      const model = (patch.llmModel ?? app.bot.llmModel) as string | undefined;
      const enabled = provider === undefined ? undefined : models[provider];
      if ((provider !== undefined && !enabled) || (model !== undefined && !enabled?.includes(model))) {
        throw refused('LLM provider or model is not enabled');
      }
    }
    return { body: { ...BOT_DEFAULTS, ...context.services.store.updateBot(app, patch) } };
  }),
];
