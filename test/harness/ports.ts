import { createServer } from 'node:net';
import { KafkaHarnessError } from './errors.js';

export const LOOPBACK = '127.0.0.1';

function listen(port: number): Promise<import('node:net').Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => resolve(server));
  });
}

function close(server: import('node:net').Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Picks `count` distinct free loopback ports. All are held open until every one is chosen, so the
 * same port cannot be handed out twice; a JVM can still lose a race for one, which the broker start
 * reports as a port already taken.
 */
export async function allocateLoopbackPorts(count: number): Promise<number[]> {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await listen(0));
    return servers.map((server) => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('listening socket without a port');
      return address.port;
    });
  } finally {
    await Promise.all(servers.map(close));
  }
}

/** Throws "port 127.0.0.1:N is already in use (purpose)" when the port cannot be bound. */
export async function assertPortFree(port: number, purpose: string): Promise<void> {
  let server;
  try {
    server = await listen(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new KafkaHarnessError(`port ${LOOPBACK}:${port} is already in use (wanted for ${purpose})`);
    }
    throw new KafkaHarnessError(
      `cannot bind ${LOOPBACK}:${port} for ${purpose}: ${(error as Error).message}`,
    );
  }
  await close(server);
}
