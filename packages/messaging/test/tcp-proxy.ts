import { createServer, type Server, type Socket } from 'node:net';

/** A TCP relay to the test server that a test can cut, block and inspect. */
export interface TcpProxy {
  /** `xmpp://127.0.0.1:<port>` (or `ws://127.0.0.1:<port>/ws` with `path`). */
  url(scheme?: 'xmpp' | 'ws', path?: string): string;
  /** Destroys every relayed connection at once, as a network failure would. */
  cut(): void;
  /** Writes `text` to every client as if the server had sent it. */
  inject(text: string): void;
  /** Drops everything the server sends from now on (the client's stanzas still arrive): acks get lost. */
  mute(): void;
  /** Refuses new connections until `unblock()`. */
  block(): void;
  /** Accepts new connections again. */
  unblock(): void;
  /** Everything clients sent since the last `clearTraffic()`, as text. */
  readonly clientTraffic: string;
  /** Forgets the recorded client traffic. */
  clearTraffic(): void;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Stops listening and cuts everything. */
  close(): Promise<void>;
}

/** Starts a relay on a free loopback port (or on `host`) to `targetPort` on 127.0.0.1. */
export async function startTcpProxy(targetPort: number, host = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  let blocked = false;
  let muted = false;
  let traffic = '';
  let connections = 0;
  const server: Server = createServer((client) => {
    if (blocked) {
      client.destroy();
      return;
    }
    connections += 1;
    const upstream = new (client.constructor as typeof Socket)();
    upstream.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    clients.add(client);
    client.on('data', (chunk) => {
      traffic += chunk.toString('utf8');
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!muted) client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
      clients.delete(client);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', close);
      socket.on('close', close);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const cut = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    url: (scheme = 'xmpp', path = '') => `${scheme}://${host}:${port}${path}`,
    cut,
    inject: (text) => {
      for (const client of clients) client.write(text);
    },
    mute: () => {
      muted = true;
    },
    block: () => {
      blocked = true;
    },
    unblock: () => {
      blocked = false;
      muted = false;
    },
    get clientTraffic() {
      return traffic;
    },
    clearTraffic: () => {
      traffic = '';
    },
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}
