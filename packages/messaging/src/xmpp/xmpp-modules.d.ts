// Types for the parts of xmpp.js this package uses. The library ships none, and the DefinitelyTyped ones
// describe an older release (no stream-management events, no `requestAckDebounce`).

declare module '@xmpp/xml' {
  /** An XML element (ltx). */
  export class Element {
    name: string;
    attrs: Record<string, string | undefined>;
    children: Array<Element | string>;
    is(name: string, xmlns?: string): boolean;
    getNS(): string | undefined;
    getChild(name: string, xmlns?: string): Element | undefined;
    getChildren(name: string, xmlns?: string): Element[];
    getChildElements(): Element[];
    getChildText(name: string, xmlns?: string): string | null;
    text(): string;
    append(...children: Array<Element | string>): Element;
    toString(): string;
  }
  /** What an element may contain; falsy children are skipped. */
  export type XmlChild = Element | string | null | undefined | false;
  /** Builds an element. */
  export function xml(
    name: string,
    attrs?: Record<string, string | number | undefined> | null,
    ...children: XmlChild[]
  ): Element;
  export default xml;
}

declare module '@xmpp/client' {
  import type { Element } from '@xmpp/xml';

  /** Errors xmpp.js emits: stream, stanza and SASL errors carry the XMPP condition. */
  export interface XmppError extends Error {
    condition?: string;
    text?: string;
    type?: string;
    code?: string;
  }

  /** Stream management (XEP-0198) state and events. */
  export interface StreamManagement {
    enabled: boolean;
    id: string;
    timeout: number;
    requestAckInterval: number;
    requestAckDebounce: number;
    on(event: 'ack' | 'fail', listener: (stanza: Element) => void): this;
    on(event: 'resumed', listener: () => void): this;
  }

  /** The reconnect plugin: fixed `delay`, `start`/`stop` of the automatic reconnection. */
  export interface Reconnect {
    delay: number;
    start(): void;
    stop(): void;
    on(event: 'reconnecting' | 'reconnected', listener: () => void): this;
  }

  /** Sends IQs and waits for their answer. */
  export interface IqCaller {
    request(stanza: Element, timeout?: number): Promise<Element>;
  }

  /** Runs one SASL exchange with the given credentials and mechanism. */
  export type Authenticate = (
    credentials: { username: string; password: string },
    mechanism: string,
  ) => Promise<void>;

  /** Chooses credentials and mechanism when the server asks for authentication. */
  export type CredentialsFactory = (
    authenticate: Authenticate,
    mechanisms: string[],
    fast: unknown,
    entity: Client,
  ) => Promise<void>;

  /** Options of `client()`. */
  export interface ClientOptions {
    service: string;
    domain: string;
    resource?: string;
    credentials?: CredentialsFactory;
  }

  /** An XMPP client connection. */
  export interface Client {
    status: string;
    /** The stream parser; `null` between streams. */
    parser: unknown;
    /** Feeds socket data to the parser (bound to the socket at the first connection). */
    _onData(data: unknown): void;
    jid: { toString(): string } | null;
    socket: { destroy?: () => void; setNoDelay?: (noDelay: boolean) => void } | null;
    streamManagement: StreamManagement;
    reconnect: Reconnect;
    iqCaller: IqCaller;
    isSecure(): boolean;
    start(): Promise<unknown>;
    stop(): Promise<unknown>;
    disconnect(): Promise<unknown>;
    send(element: Element): Promise<void>;
    on(event: 'status', listener: (status: string) => void): this;
    on(event: 'online', listener: () => void): this;
    on(event: 'error', listener: (error: XmppError) => void): this;
    on(event: 'stanza' | 'nonza', listener: (element: Element) => void): this;
    removeAllListeners(): this;
  }

  /** Creates a client. */
  export function client(options: ClientOptions): Client;
}
