import { EthoraValidationError } from '@ethora/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, type Messenger } from '../src/index.js';
import { c2sPort, createRoom, messengerAs, register, unique } from './support.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

// Every bad call below is made on a connected messenger whose traffic a relay records: none may reach the wire.
describe('bad input is rejected before anything is sent', () => {
  const chatId = unique('checks');
  let link: TcpProxy;
  let messenger: Messenger;

  beforeAll(async () => {
    const [account] = await register(unique('checker'));
    await createRoom(chatId, [account!.username]);
    link = await startTcpProxy(c2sPort);
    messenger = messengerAs(account!, { service: link.url() }, 'file');
    await messenger.join(chatId);
    return () => link.close();
  });

  async function rejected(call: () => Promise<unknown>, argument: string, rule: string): Promise<void> {
    link.clearTraffic();
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraValidationError);
    expect(error).toMatchObject({ argument, rule });
    expect((error as Error).message).toContain(argument);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Stream-management acknowledgements may flow; no stanza may.
    expect(link.clientTraffic).not.toMatch(/<(message|presence|iq)\b/);
  }

  it('checks the text: present, not blank, at most 64 KiB, characters XML can carry', async () => {
    await rejected(() => messenger.send(chatId, ''), 'text', 'non-empty');
    await rejected(() => messenger.send(chatId, '  \n\t '), 'text', 'non-empty');
    await rejected(() => messenger.send(chatId, 'x'.repeat(MAX_TEXT_BYTES + 1)), 'text', 'max-length');
    await rejected(() => messenger.send(chatId, 'é'.repeat(MAX_TEXT_BYTES / 2 + 1)), 'text', 'max-length');
    await rejected(() => messenger.send(chatId, 'nul \u0000 inside'), 'text', 'format');
    await rejected(() => messenger.send(chatId, 'lone \uD800 surrogate'), 'text', 'format');
    await rejected(() => messenger.send(chatId, 42 as unknown as string), 'text', 'type');
    await rejected(() => messenger.send(chatId, undefined as unknown as string), 'text', 'required');
  });

  it('checks chat ids: names a room can have', async () => {
    await rejected(() => messenger.send('', 'hi'), 'chatId', 'non-empty');
    await rejected(() => messenger.send('two words', 'hi'), 'chatId', 'plain-id');
    await rejected(() => messenger.send('a/b', 'hi'), 'chatId', 'plain-id');
    await rejected(() => messenger.send('quote"d', 'hi'), 'chatId', 'plain-id');
    await rejected(() => messenger.send('room@', 'hi'), 'chatId', 'plain-id');
    await rejected(() => messenger.join('<script>'), 'chatId', 'plain-id');
    await rejected(() => messenger.history('a b'), 'chatId', 'plain-id');
    await rejected(() => messenger.leave('x:y'), 'chatId', 'plain-id');
    expect(() => messenger.messages('a&b')).toThrow(EthoraValidationError);
  });

  it('checks message ids and metadata', async () => {
    await rejected(() => messenger.send(chatId, 'hi', { id: '' }), 'id', 'non-empty');
    await rejected(() => messenger.send(chatId, 'hi', { id: 'has space' }), 'id', 'no-whitespace');
    await rejected(() => messenger.send(chatId, 'hi', { id: 'x'.repeat(129) }), 'id', 'max-length');
    await rejected(
      () => messenger.send(chatId, 'hi', { metadata: { 'bad key': 'v' } }),
      'metadata',
      'format',
    );
    await rejected(() => messenger.send(chatId, 'hi', { metadata: { xmlns: 'v' } }), 'metadata', 'format');
    await rejected(
      () => messenger.send(chatId, 'hi', { metadata: { nested: {} as unknown as string } }),
      'metadata.nested',
      'type',
    );
    await rejected(
      () => messenger.send(chatId, 'hi', { metadata: { big: 'v'.repeat(4_097) } }),
      'metadata.big',
      'max-length',
    );
    const many = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, 'v']));
    await rejected(() => messenger.send(chatId, 'hi', { metadata: many }), 'metadata', 'max-items');
  });

  it('checks history options', async () => {
    await rejected(() => messenger.history(chatId, { limit: 0 }), 'limit', 'range');
    await rejected(() => messenger.history(chatId, { limit: 501 }), 'limit', 'range');
    await rejected(() => messenger.history(chatId, { limit: 2.5 }), 'limit', 'integer');
    await rejected(() => messenger.history(chatId, { before: 'a', after: 'b' }), 'options', 'exactly-one');
    await rejected(() => messenger.history(chatId, { before: '' }), 'before', 'no-whitespace');
  });

  it('sends what passes the checks, including 64 KiB exactly', async () => {
    link.clearTraffic();
    await messenger.send(chatId, 'x'.repeat(MAX_TEXT_BYTES), {
      id: 'max-size',
      metadata: { n: 1, ok: true },
    });
    expect(link.clientTraffic).toContain('id="max-size"');
  });
});
