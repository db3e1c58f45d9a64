import { EthoraError } from '@ethora/client';
import { describe, expect, it } from 'vitest';
import {
  EthoraMessagingAuthenticationError,
  EthoraMessagingConnectionError,
  type EthoraMessagingError,
  EthoraMessagingForbiddenError,
  EthoraMessagingNotFoundError,
} from '../src/index.js';
import { admin, collect, createRoom, eventually, messengerAs, register, unique } from './support.js';

describe('who may do what', () => {
  it('refuses a user without access: no entry, no history, nothing posted', async () => {
    const chatId = unique('private');
    const [member, outsider] = await register(unique('member'), unique('outsider'));
    await createRoom(chatId, [member!.username]);
    const insider = messengerAs(member!);
    const stranger = messengerAs(outsider!);
    await insider.join(chatId);
    await insider.send(chatId, 'members only');

    const joining = await stranger.join(chatId).catch((error: unknown) => error);
    expect(joining).toBeInstanceOf(EthoraMessagingForbiddenError);
    expect(joining).toBeInstanceOf(EthoraError);
    expect(joining).toMatchObject({ condition: 'registration-required', chatId });
    await expect(stranger.history(chatId)).rejects.toMatchObject({
      name: 'EthoraMessagingForbiddenError',
      condition: 'forbidden',
    });
    await expect(stranger.send(chatId, 'let me in')).rejects.toMatchObject({
      name: 'EthoraMessagingNotJoinedError',
    });
    const page = await insider.history(chatId);
    expect(page.messages.map((message) => message.text)).toEqual(['members only']);
  });

  it('tells a missing room from a forbidden one', async () => {
    const [account] = await register(unique('lost'));
    const messenger = messengerAs(account!);
    const error = await messenger.join(unique('nowhere')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraMessagingNotFoundError);
    expect(error).toMatchObject({ condition: 'item-not-found' });
  });

  it('rejects a wrong password at the first call, with a typed error', async () => {
    const [account] = await register(unique('wrongpw'));
    const messenger = messengerAs({ username: account!.username, password: 'not-the-password' });
    const error = await messenger.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraMessagingAuthenticationError);
    expect(error).toMatchObject({ condition: 'not-authorized' });
    expect(messenger.status).toBe('idle');
  });

  it('reports an unreachable server as a connection error', async () => {
    const [account] = await register(unique('nowhere'));
    const messenger = messengerAs(account!, { service: 'xmpp://127.0.0.1:1', timeoutMs: 2_000 });
    const error = await messenger.join('any-room').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraMessagingConnectionError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('ends the readers of a room with an error when the user is banned from it', async () => {
    const chatId = unique('ban');
    const [moderator, member] = await register(unique('mod'), unique('member'));
    await createRoom(chatId, [moderator!.username, member!.username]);
    const modMessenger = messengerAs(moderator!);
    const memberMessenger = messengerAs(member!);
    await Promise.all([modMessenger.join(chatId), memberMessenger.join(chatId)]);
    const errors: EthoraMessagingError[] = [];
    memberMessenger.on('error', (error) => errors.push(error));
    const reader = memberMessenger.messages(chatId);
    const first = collect(memberMessenger, 1);
    await modMessenger.send(chatId, 'before the ban');
    await first;
    await admin.setAffiliation(chatId, member!.username, 'outcast');
    expect((await reader.next()).value).toMatchObject({ text: 'before the ban' });
    await expect(reader.next()).rejects.toBeInstanceOf(EthoraMessagingForbiddenError);
    await eventually(() => errors.length > 0);
    expect(errors[0]).toMatchObject({ chatId, message: expect.stringContaining('banned') });
    await expect(memberMessenger.send(chatId, 'still here?')).rejects.toMatchObject({
      name: 'EthoraMessagingNotJoinedError',
    });
  });
});
