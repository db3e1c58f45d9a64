import { type Client, client, type XmppError } from '@xmpp/client';
import type { Element } from '@xmpp/xml';
import {
  EthoraMessagingConnectionError,
  EthoraMessagingError,
  EthoraMessagingTimeoutError,
} from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { createLogin, loginError } from './login.js';
import { NS } from './stanzas.js';

/** The messenger's connection state. */
export type MessengerStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'closed';

/** What the session tells its owner. */
export interface SessionEvents {
  /** A session is ready for stanzas: a new one (rooms must be joined again) or a resumed one (nothing was lost). */
  ready(resumed: boolean): void;
  /** The status changed. */
  status(status: MessengerStatus): void;
  /** A stanza arrived. */
  stanza(stanza: Element): void;
  /** The server acknowledged a stanza (stream management). */
  acked(stanza: Element): void;
  /** A stanza written to a session that could not be resumed: the server may or may not have it. */
  unconfirmed(stanza: Element): void;
}

/**
 * One XMPP connection through xmpp.js, with what a long-lived backend needs on top: login only over TLS (except
 * on loopback), reconnection with exponential backoff and jitter, stream resumption (XEP-0198) reported apart
 * from new sessions, and a `ready` that waits until stream management is enabled, so that no stanza is written
 * before `<enable/>` (xmpp.js reports `online` at resource binding, earlier than that).
 */
export class XmppSession {
  status: MessengerStatus = 'idle';
  /** Counts new (not resumed) sessions; a change means rooms were left and stanzas in flight are unconfirmed. */
  epoch = 0;
  private xmpp: Client | undefined;
  private writable = false;
  private starting: Promise<void> | undefined;
  private smOffered = false;
  private attempt = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private smSettle: ((enabled: boolean) => void) | undefined;
  private waiters = new Set<{ resolve: () => void; reject: (error: Error) => void }>();

  constructor(
    private readonly options: ResolvedOptions,
    private readonly events: SessionEvents,
  ) {}

  /** True when stanzas can be written now. */
  get ready(): boolean {
    return this.writable;
  }

  /** Connects if needed and resolves once a session is ready; the first connection's failure is thrown. */
  connect(): Promise<void> {
    if (this.status === 'closed') return Promise.reject(this.closedError());
    if (this.writable) return Promise.resolve();
    if (this.status === 'reconnecting') return this.whenReady(this.options.timeoutMs);
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Resolves when the session is ready, rejects on close or after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<void> {
    if (this.writable) return Promise.resolve();
    if (this.status === 'closed') return Promise.reject(this.closedError());
    if (this.status === 'idle') return this.connect();
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new EthoraMessagingTimeoutError(
            `No connection to ${this.options.service} within ${timeoutMs} ms`,
            timeoutMs,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Writes a stanza; throws when the session is not ready or the write fails. */
  async write(stanza: Element): Promise<void> {
    if (!this.writable || !this.xmpp)
      throw new EthoraMessagingConnectionError('The connection is not ready.');
    await this.xmpp.send(stanza);
  }

  /** Sends an IQ and waits for its answer; an error answer is thrown as xmpp.js's StanzaError. */
  async request(iq: Element, timeoutMs: number): Promise<Element> {
    if (!this.writable || !this.xmpp)
      throw new EthoraMessagingConnectionError('The connection is not ready.');
    return this.xmpp.iqCaller.request(iq, timeoutMs);
  }

  /** Whether the server acknowledges stanzas in this session (stream management is on). */
  get acknowledges(): boolean {
    return this.xmpp?.streamManagement.enabled === true;
  }

  /** Closes the stream (after telling the server what was received) and stops reconnecting. */
  async close(): Promise<void> {
    if (this.status === 'closed') return;
    this.setStatus('closed');
    this.writable = false;
    clearTimeout(this.watchdog);
    for (const waiter of this.waiters) waiter.reject(this.closedError());
    this.waiters.clear();
    const xmpp = this.xmpp;
    if (!xmpp) return;
    xmpp.reconnect.stop();
    await withTimeout(xmpp.stop(), 5_000).catch(() => xmpp.socket?.destroy?.());
    xmpp.removeAllListeners();
  }

  private async start(): Promise<void> {
    this.setStatus('connecting');
    const xmpp = this.xmpp ?? this.create();
    let waiter: { resolve: () => void; reject: (error: Error) => void } | undefined;
    const started = new Promise<void>((resolve, reject) => {
      waiter = { resolve, reject };
      this.waiters.add(waiter);
    });
    try {
      await withTimeout(
        Promise.all([xmpp.start(), started]),
        this.options.timeoutMs,
        () =>
          new EthoraMessagingTimeoutError(
            `Connecting to ${this.options.service} took longer than ${this.options.timeoutMs} ms`,
            this.options.timeoutMs,
          ),
      );
    } catch (error) {
      if (waiter) this.waiters.delete(waiter);
      this.writable = false;
      await withTimeout(xmpp.stop(), 3_000).catch(() => xmpp.socket?.destroy?.());
      if (this.status !== 'closed') this.setStatus('idle');
      const failure = loginError(error, this.options);
      // Calls that were waiting for this connection fail with it rather than with their own timeout.
      for (const other of this.waiters) other.reject(failure);
      this.waiters.clear();
      throw failure;
    }
    if (this.options.reconnect) xmpp.reconnect.start();
  }

  private create(): Client {
    const { options } = this;
    const xmpp = client({
      service: options.service,
      domain: options.domain,
      resource: options.resource,
      credentials: createLogin(options),
    });
    // xmpp.js 0.14.0 throws from its socket data handler, an uncaught exception that ends the process, when data
    // arrives after a stream error or close detached its parser; upstream drops such data since xmppjs/xmpp.js#1100,
    // not yet released. Do the same until it is.
    const onData = xmpp._onData;
    xmpp._onData = function (this: Client, data: unknown) {
      if (this.parser) onData.call(this, data);
    };
    // Reconnection is switched on after the first session only: a bad first login is the caller's to see.
    xmpp.reconnect.stop();
    xmpp.reconnect.delay = options.reconnect ? options.reconnect.initialDelayMs : 1_000;
    const sm = xmpp.streamManagement;
    // Ask for an acknowledgement as soon as a burst of stanzas is written (xmpp.js waits 250 ms), so that a
    // send resolves in one round trip, and give up on a silent server after 15 s (xmpp.js waits 60 s).
    sm.requestAckDebounce = 0;
    sm.timeout = 15_000;

    xmpp.on('status', (status) => this.onStatus(status));
    xmpp.on('error', (error) => this.onError(error));
    xmpp.on('online', () => void this.onOnline());
    xmpp.on('nonza', (element) => {
      if (element.name === 'stream:features') {
        this.smOffered = element.getChild('sm', NS.streamManagement) !== undefined;
      } else if (
        (element.name === 'enabled' || element.name === 'failed') &&
        element.getNS() === NS.streamManagement
      ) {
        this.smSettle?.(element.name === 'enabled');
      }
    });
    xmpp.on('stanza', (stanza) => this.events.stanza(stanza));
    sm.on('ack', (stanza) => this.events.acked(stanza));
    sm.on('fail', (stanza) => this.events.unconfirmed(stanza));
    sm.on('resumed', () => this.onReady(true));
    xmpp.reconnect.on('reconnecting', () => this.onReconnecting());
    this.xmpp = xmpp;
    return xmpp;
  }

  private async onOnline(): Promise<void> {
    this.epoch += 1;
    if (this.smOffered) {
      // Wait for <enabled/> or <failed/>: stanzas written before stream management is on would be counted
      // differently by each side, and the server ends a stream whose acknowledgements do not add up.
      const settled = await this.smSettled(5_000);
      if (!settled)
        this.options.logger.warn('stream management did not answer; continuing without acknowledgements');
    }
    if (this.xmpp?.status === 'online') this.onReady(false);
  }

  private smSettled(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        this.smSettle = undefined;
        // xmpp.js records <enabled/> in a promise continuation: let it run first.
        setImmediate(() => resolve(value));
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      this.smSettle = done;
    });
  }

  private onReady(resumed: boolean): void {
    clearTimeout(this.watchdog);
    this.attempt = 0;
    if (this.xmpp && this.options.reconnect)
      this.xmpp.reconnect.delay = this.options.reconnect.initialDelayMs;
    this.writable = true;
    this.setStatus('online');
    if (resumed) this.options.logger.info('connection resumed', { service: this.options.service });
    this.events.ready(resumed);
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  private onStatus(status: string): void {
    // Small stanzas (a message, then the ack request) must not wait for Nagle's algorithm.
    if (status === 'connect') this.xmpp?.socket?.setNoDelay?.(true);
    if (status !== 'disconnect' || this.status === 'closed') return;
    this.writable = false;
    if (this.status === 'online') {
      this.setStatus('reconnecting');
      this.options.logger.warn('connection lost; reconnecting', { service: this.options.service });
    }
  }

  private onReconnecting(): void {
    if (!this.xmpp || !this.options.reconnect) return;
    this.attempt += 1;
    const { initialDelayMs, maxDelayMs } = this.options.reconnect;
    // The delay xmpp.js uses if this attempt fails too: doubled each time, with ±20 % jitter.
    const base = Math.min(maxDelayMs, initialDelayMs * 2 ** this.attempt);
    this.xmpp.reconnect.delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.options.logger.debug('reconnecting', { attempt: this.attempt, service: this.options.service });
    // An attempt stuck in negotiation (no answer to the stream header, a login that never completes) is cut.
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      if (!this.writable && this.status === 'reconnecting')
        void this.xmpp?.disconnect().catch(() => undefined);
    }, this.options.timeoutMs);
  }

  private onError(error: XmppError): void {
    if (this.status === 'closed') return;
    const during = this.status === 'reconnecting' ? 'reconnection' : this.status;
    this.options.logger.debug('XMPP error', {
      during,
      name: error.name,
      condition: error.condition,
      message: error.message,
    });
    if (
      this.status === 'reconnecting' &&
      (error.name === 'SASLError' || error instanceof EthoraMessagingError)
    ) {
      this.options.logger.warn('login refused while reconnecting; will try again', {
        condition: error.condition,
      });
      void this.xmpp?.disconnect().catch(() => undefined);
    }
  }

  private closedError(): EthoraMessagingConnectionError {
    return new EthoraMessagingConnectionError('The messenger is closed.', { condition: 'closed' });
  }

  private setStatus(status: MessengerStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.events.status(status);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout?: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout?.() ?? new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
