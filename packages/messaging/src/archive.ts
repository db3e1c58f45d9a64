import { randomUUID } from 'node:crypto';
import type { XmppError } from '@xmpp/client';
import type { Element } from '@xmpp/xml';
import {
  EthoraMessagingConnectionError,
  EthoraMessagingError,
  EthoraMessagingForbiddenError,
  EthoraMessagingTimeoutError,
  errorForCondition,
} from './errors.js';
import type { ResolvedOptions } from './options.js';
import { parseRoomMessage, type RoomMessage } from './room-message.js';
import type { XmppSession } from './xmpp/session.js';
import { type ArchiveQuery, archiveQuery, NS, splitJid } from './xmpp/stanzas.js';

/** One page of a room's history, oldest message first. */
export interface HistoryPage {
  /** The messages, oldest first. */
  readonly messages: readonly RoomMessage[];
  /**
   * True when there is nothing further in the direction of the request: no older messages for a request
   * without `after`, no newer ones for a request with `after`.
   */
  readonly complete: boolean;
  /** Archive id of the first (oldest) message: pass it as `before` for the previous page. */
  readonly first: string | undefined;
  /** Archive id of the last (newest) message: pass it as `after` for the next page. */
  readonly last: string | undefined;
}

/** Which room a query reads, and how its messages are named. */
export interface ArchiveTarget {
  readonly chatId: string;
  readonly roomJid: string;
  readonly occupantJid: (nick: string) => string | undefined;
}

interface Collector {
  readonly roomJid: string;
  readonly results: Array<{ message: Element; stamp: string | undefined }>;
}

const RETRIES_AFTER_RECONNECT = 2;

/** Reads room archives (XEP-0313) through result-set paging (XEP-0059). */
export class Archive {
  private readonly collectors = new Map<string, Collector>();

  constructor(
    private readonly session: XmppSession,
    private readonly options: ResolvedOptions,
  ) {}

  /** Takes an archive result addressed to a running query; returns false for any other stanza. */
  take(stanza: Element): boolean {
    if (stanza.name !== 'message') return false;
    const result = stanza.getChild('result', NS.mam);
    const collector = result && this.collectors.get(result.attrs.queryid ?? '');
    if (!result || !collector) return false;
    // Only the room itself may answer for its archive.
    if (splitJid(stanza.attrs.from).bare !== collector.roomJid) return true;
    const forwarded = result.getChild('forwarded', NS.forward);
    const message = forwarded?.getChild('message');
    if (message)
      collector.results.push({ message, stamp: forwarded?.getChild('delay', NS.delay)?.attrs.stamp });
    return true;
  }

  /**
   * Reads one page. A connection lost while waiting is waited out and the query repeated (it only reads);
   * the server's refusals become typed errors.
   */
  async page(target: ArchiveTarget, query: Omit<ArchiveQuery, 'queryId'>): Promise<HistoryPage> {
    const { timeoutMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      await this.session.whenReady(timeoutMs);
      const epoch = this.session.epoch;
      try {
        return await this.query(target, query, timeoutMs);
      } catch (error) {
        const lostConnection = this.session.epoch !== epoch || !this.session.ready;
        if (lostConnection && attempt < RETRIES_AFTER_RECONNECT) continue;
        throw this.typed(error, target.chatId, timeoutMs);
      }
    }
  }

  private async query(target: ArchiveTarget, query: Omit<ArchiveQuery, 'queryId'>, timeoutMs: number) {
    const queryId = randomUUID();
    const collector: Collector = { roomJid: target.roomJid, results: [] };
    this.collectors.set(queryId, collector);
    try {
      const answer = await this.session.request(
        archiveQuery(target.roomJid, { ...query, queryId }),
        timeoutMs,
      );
      const fin = answer.getChild('fin', NS.mam);
      const set = fin?.getChild('set', NS.rsm);
      const context = { chatId: target.chatId, roomJid: target.roomJid, appId: this.options.appId };
      const messages: RoomMessage[] = [];
      for (const { message, stamp } of collector.results) {
        const parsed = parseRoomMessage(message, { ...context, occupantJid: target.occupantJid, stamp });
        if (parsed) messages.push(parsed);
      }
      return {
        messages,
        complete: fin?.attrs.complete === 'true',
        first: set?.getChildText('first') ?? undefined,
        last: set?.getChildText('last') ?? undefined,
      };
    } finally {
      this.collectors.delete(queryId);
    }
  }

  private typed(error: unknown, chatId: string, timeoutMs: number): EthoraMessagingError {
    if (error instanceof EthoraMessagingError) return error;
    const xmppError = error as XmppError;
    if (xmppError?.name === 'TimeoutError') {
      return new EthoraMessagingTimeoutError(
        `Reading the history of ${chatId} took longer than ${timeoutMs} ms.`,
        timeoutMs,
        {
          chatId,
        },
      );
    }
    if (xmppError?.condition === 'forbidden') {
      return new EthoraMessagingForbiddenError(
        `Reading the history of ${chatId} was refused (forbidden): members-only rooms show their archive to ` +
          'occupants only, so join the room first; otherwise this account has no access.',
        { chatId, condition: 'forbidden' },
      );
    }
    if (xmppError?.condition) {
      return errorForCondition(
        `Reading the history of ${chatId}`,
        { condition: xmppError.condition, text: xmppError.text },
        { chatId },
      );
    }
    return new EthoraMessagingConnectionError(
      `Reading the history of ${chatId} failed: the connection was lost.`,
      {
        chatId,
        cause: error,
      },
    );
  }
}
