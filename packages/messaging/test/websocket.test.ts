import { afterEach, describe, expect, it } from 'vitest';
import {
  collect,
  createRoom,
  expectExactlyOnce,
  httpPort,
  messengerAs,
  register,
  server,
  unique,
} from './support.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const links: TcpProxy[] = [];
afterEach(async () => {
  await Promise.all(links.splice(0).map((link) => link.close()));
});

// Ethora's apps speak XMPP over WebSocket (RFC 7395); the same messenger works over it.
describe('XMPP over WebSocket', () => {
  it('posts and receives over ws://, and resumes the stream after the socket dies', async () => {
    const chatId = unique('ws');
    const [sender, receiver] = await register(unique('wssender'), unique('wsreceiver'));
    await createRoom(chatId, [sender!.username, receiver!.username]);
    const link = await startTcpProxy(httpPort);
    links.push(link);
    const overWebSocket = messengerAs(sender!, { service: link.url('ws', '/ws') });
    const overTcp = messengerAs(receiver!, { service: server.c2sUrl });
    await Promise.all([overWebSocket.join(chatId), overTcp.join(chatId)]);
    expect(link.clientTraffic).toMatch(/upgrade: websocket/i);

    const expected = Array.from({ length: 60 }, (_, i) => `${chatId}-${i}`);
    const received = collect(overTcp, 60);
    const sends: Promise<string>[] = [];
    for (const [i, id] of expected.entries()) {
      if (i === 30) link.cut();
      const sending = overWebSocket.send(chatId, `over the web socket ${i}`, { id });
      sending.catch(() => undefined);
      sends.push(sending);
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await Promise.all(sends)).toEqual(expected);
    expectExactlyOnce(
      (await received).map((message) => message.id),
      expected,
    );
    expect(link.connections).toBeGreaterThan(1);
  });
});
