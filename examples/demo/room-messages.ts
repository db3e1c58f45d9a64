import type { EmulatorXmpp } from '@ethora/emulator';
import { type Messenger, messengerFor } from '@ethora/messaging';
import type { ChatRepository } from '@ethora/sdk';
import type { LifecycleStepRunner } from '../workspace-lifecycle.js';

/** The bot the demo seeds in the emulator: a user of the app, let into the room as the app's bot. */
const BOT_USER_ID = 'bot';

/**
 * The demo's last steps before cleanup: the app's bot logs in over XMPP, joins the workspace's room, posts a
 * welcome message and reads it back from the room's history (the emulator mirrors the room into ejabberd).
 */
export function roomMessageSteps(
  repo: ChatRepository,
  workspaceId: string,
  title: string,
  xmpp: EmulatorXmpp,
) {
  return async (step: LifecycleStepRunner): Promise<void> => {
    let bot: Messenger | undefined;
    await step(
      "Open the bot's chat session over XMPP",
      `const bot = await messengerFor(repo, { userId: '${BOT_USER_ID}', service: '${xmpp.service}' })`,
      async () => {
        bot = await messengerFor(repo, { userId: BOT_USER_ID, service: xmpp.service });
        await bot.connect();
        return { jid: bot.jid, status: bot.status };
      },
    );
    if (!bot) return;
    const messenger = bot;
    try {
      await step('The bot joins the room', `await bot.join('${workspaceId}')`, async () => {
        await messenger.join(workspaceId);
        return { room: repo.createChatName(workspaceId) };
      });
      const text = `Welcome to ${title}! I am the workspace's bot.`;
      await step('The bot posts a welcome message', `await bot.send('${workspaceId}', '${text}')`, () =>
        messenger.send(workspaceId, text),
      );
      await step(
        "Read it back from the room's history",
        `await bot.history('${workspaceId}', { limit: 5 })`,
        async () => {
          const page = await messenger.history(workspaceId, { limit: 5 });
          return page.messages.map(({ id, from, text, sentAt }) => ({
            id,
            from,
            text,
            sentAt: sentAt.toISOString(),
          }));
        },
      );
    } finally {
      await messenger.close();
    }
  };
}
