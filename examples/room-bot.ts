/**
 * A bot that answers in a workspace's room: it logs in over XMPP as one of the app's users, joins the room and
 * replies to `/help`, `/time` and `ping`, and to messages that greet it by name. Each answer carries an id
 * derived from the message it answers, so that a bot restarted mid-conversation cannot answer twice.
 *
 * The bot is a user of your app with access to the room (`repo.createUser('support-bot', ...)`, then
 * `repo.grantUserAccessToChatRoom('workspace-42', 'support-bot')`). Stop it with Ctrl-C:
 *
 *   ETHORA_CHAT_API_URL=https://api.chat.ethora.com ETHORA_CHAT_APP_ID=... ETHORA_CHAT_APP_SECRET=... \
 *   BOT_USER_ID=support-bot CHAT_ID=workspace-42 npx tsx room-bot.ts
 */
import { createHash } from 'node:crypto';
import { type Messenger, messengerFor, type RoomMessage } from '@ethora/messaging';
import { getChatRepositoryImpl } from '@ethora/sdk';
import { isMain } from './support/is-main.js';

/** The bot's answer to a message, or `undefined` when it has nothing to say. */
export function answerFor(
  message: RoomMessage,
  botName: string,
  now: () => Date = () => new Date(),
): string | undefined {
  const text = message.text.trim();
  const sender = message.metadata.senderFirstName ?? message.from;
  if (text === '/help') return 'I answer /help, /time and ping, and I say hello back.';
  if (text === '/time') return `It is ${now().toISOString()}.`;
  if (text.toLowerCase() === 'ping') return 'pong';
  if (new RegExp(`\\b(hello|hi|hey)\\b.*\\b${escapeRegExp(botName)}\\b`, 'i').test(text))
    return `Hello ${sender}!`;
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Options of {@link runRoomBot}. */
export interface RoomBotOptions {
  /** The name the bot answers to in greetings (default `bot`). */
  readonly name?: string;
  /** Stops the bot. */
  readonly signal?: AbortSignal;
  /** Called once the bot is in the room and listening. */
  readonly onListening?: () => void;
}

/** Joins `chatId` and answers its messages until `signal` aborts; resolves with the number of answers sent. */
export async function runRoomBot(
  messenger: Messenger,
  chatId: string,
  options: RoomBotOptions = {},
): Promise<number> {
  const name = options.name ?? 'bot';
  await messenger.join(chatId);
  const messages = messenger.messages(chatId, { signal: options.signal });
  options.onListening?.();
  let answers = 0;
  for await (const message of messages) {
    const answer = answerFor(message, name);
    if (answer === undefined) continue;
    // Receivers drop a repeated id: the same question never gets two answers, even across restarts.
    const id = `re-${createHash('sha256').update(message.id).digest('base64url').slice(0, 24)}`;
    await messenger.send(chatId, answer, { id, metadata: { inReplyTo: message.id } });
    answers += 1;
  }
  return answers;
}

if (isMain(import.meta.url)) {
  const userId = process.env.BOT_USER_ID ?? 'support-bot';
  const chatId = process.env.CHAT_ID ?? 'workspace-42';
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const bot = await messengerFor(getChatRepositoryImpl(), { userId, logger: console, logLevel: 'info' });
  try {
    const answers = await runRoomBot(bot, chatId, {
      name: userId,
      signal: stop.signal,
      onListening: () => console.log(`${bot.jid} answering in ${chatId}; Ctrl-C stops`),
    });
    console.log(`stopped after ${answers} answers`);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await bot.close();
  }
}
