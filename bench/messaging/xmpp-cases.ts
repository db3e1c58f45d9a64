/// <reference path="../../packages/messaging/src/xmpp/xmpp-modules.d.ts" />
// xmpp.js ships no types: the bench reuses the declarations @ethora/messaging writes for itself.
import { randomUUID } from 'node:crypto';
import { createMessenger, type Messenger, type RoomMessage } from '@ethora/messaging';
import type { EjabberdServer } from '@ethora/testkit/ejabberd';
import { client } from '@xmpp/client';
import { type Element, xml } from '@xmpp/xml';

/** One way of posting to and reading a room, measured against the others. */
export interface XmppCase {
  readonly name: string;
  /** Posts message `i`; resolves once the server acknowledged it. */
  send(i: number): Promise<unknown>;
  /** Reads 1,000 archived messages backwards in pages of `pageSize`; resolves with how many it read. */
  page(pageSize: number, total: number): Promise<number>;
  close(): Promise<void>;
}

/** A registered account and the room it posts to. */
export interface CaseAccount {
  readonly server: EjabberdServer;
  readonly username: string;
  readonly password: string;
  readonly room: string;
}

/** `@ethora/messaging`, as a backend uses it. */
export async function messengerCase(
  account: CaseAccount,
): Promise<XmppCase & { readonly messenger: Messenger }> {
  const { server, username, password, room } = account;
  const messenger = createMessenger({ service: server.c2sUrl, domain: server.host, username, password });
  await messenger.join(room);
  return {
    name: '@ethora/messaging',
    messenger,
    send: (i) => messenger.send(room, `benchmark message ${i}`),
    async page(pageSize, total) {
      let read = 0;
      let before: string | undefined;
      while (read < total) {
        const page = await messenger.history(room, { limit: pageSize, ...(before ? { before } : {}) });
        read += page.messages.length;
        if (page.complete || !page.first) break;
        before = page.first;
      }
      return read;
    },
    close: () => messenger.close(),
  };
}

/**
 * Bare `@xmpp/client`, the baseline: the same library without this package's layer (validation, ids, the
 * outbox, reflection and de-duplication), tuned the same way (acknowledgement requested right after each
 * burst, no Nagle delay), acknowledgements matched to stanzas by identity.
 */
export async function bareCase(account: CaseAccount): Promise<XmppCase> {
  const { server, username, password, room } = account;
  const roomJid = `${room}@${server.conferenceHost}`;
  const xmpp = client({
    service: server.c2sUrl,
    domain: server.host,
    credentials: (authenticate) => authenticate({ username, password }, 'PLAIN'),
  });
  xmpp.on('error', () => {});
  xmpp.on('status', (status: string) => {
    if (status === 'connect') xmpp.socket?.setNoDelay?.(true);
  });
  const waiting = new Map<Element, () => void>();
  xmpp.streamManagement.requestAckDebounce = 0;
  xmpp.streamManagement.on('ack', (stanza) => {
    waiting.get(stanza)?.();
    waiting.delete(stanza);
  });
  const results = new Map<string, number>();
  xmpp.on('stanza', (stanza) => {
    const queryId = stanza.getChild('result', 'urn:xmpp:mam:2')?.attrs.queryid;
    if (queryId && results.has(queryId)) results.set(queryId, results.get(queryId)! + 1);
  });
  await xmpp.start();
  // Stream management must be on before the first stanza goes out.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const joined = new Promise<void>((resolve) =>
    xmpp.on('stanza', (stanza) => {
      if (stanza.is('presence') && stanza.attrs.from?.startsWith(`${roomJid}/`)) resolve();
    }),
  );
  await xmpp.send(
    xml(
      'presence',
      { to: `${roomJid}/${username}` },
      xml('x', { xmlns: 'http://jabber.org/protocol/muc' }, xml('history', { maxstanzas: '0' })),
    ),
  );
  await joined;
  return {
    name: 'bare @xmpp/client (baseline)',
    send(i) {
      const stanza = xml(
        'message',
        { to: roomJid, type: 'groupchat', id: randomUUID() },
        xml('body', {}, `benchmark message ${i}`),
      );
      return new Promise<void>((resolve, reject) => {
        waiting.set(stanza, resolve);
        xmpp.send(stanza).catch(reject);
      });
    },
    async page(pageSize, total) {
      let read = 0;
      let before = '';
      while (read < total) {
        const queryId = randomUUID();
        results.set(queryId, 0);
        const answer = await xmpp.iqCaller.request(
          xml(
            'iq',
            { type: 'set', to: roomJid },
            xml(
              'query',
              { xmlns: 'urn:xmpp:mam:2', queryid: queryId },
              xml(
                'set',
                { xmlns: 'http://jabber.org/protocol/rsm' },
                xml('max', {}, String(pageSize)),
                xml('before', {}, before),
              ),
            ),
          ),
        );
        read += results.get(queryId)!;
        results.delete(queryId);
        const fin = answer.getChild('fin', 'urn:xmpp:mam:2');
        const first = fin?.getChild('set', 'http://jabber.org/protocol/rsm')?.getChildText('first');
        if (fin?.attrs.complete === 'true' || !first) break;
        before = first;
      }
      return read;
    },
    close: async () => {
      await xmpp.stop();
    },
  };
}

/** Resolves once `messenger` received `count` live messages. */
export function receive(messenger: Messenger, count: number): Promise<RoomMessage[]> {
  const received: RoomMessage[] = [];
  return new Promise((resolve) => {
    const off = messenger.on('message', (message) => {
      received.push(message);
      if (received.length === count) {
        off();
        resolve(received);
      }
    });
  });
}
