import { connect, createServer, type Server, type Socket } from 'node:net';

// A TCP relay between the app and a real Neo4j that can play an outage of an exact length: while
// "down" it resets every open connection and refuses new ones, as a stopped server does, then
// listens again on the same port. The JVM itself stays up and warm, so a test measures how the
// app rides out and recovers from an outage, not how long a cold JVM takes to start (a minute and
// more on a busy machine). Killing the real JVM is tested separately.
export interface OutageProxy {
  /** bolt:// URI of the relay. */
  uri: string;
  /** Resets every connection and refuses new ones until up(). */
  down(): Promise<void>;
  /** Accepts connections again; resolves once listening. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startOutageProxy(targetPort: number): Promise<OutageProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const relay = (client: Socket) => {
    const upstream = connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    const reset = () => {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    };
    client.once('error', reset);
    upstream.once('error', reset);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  };

  let server: Server = createServer(relay);
  const listen = (port: number) =>
    new Promise<number>((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        done(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(0);

  const down = async () => {
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const socket of sockets) socket.resetAndDestroy();
    await closed;
  };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    down,
    up: async () => {
      server = createServer(relay);
      await listen(port);
    },
    close: async () => {
      if (server.listening) await down();
    },
  };
}
