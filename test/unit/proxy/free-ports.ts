import net from 'node:net';

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port }, () => server.close(() => resolve(true)));
  });
}

/**
 * A broker port base such that base + each node id (and base + 0) is free on loopback, for a proxy
 * whose node N listens on base + N. Random bases keep parallel test files apart.
 */
export async function freeBrokerPortBase(nodeIds: readonly number[]): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const checks = await Promise.all([...nodeIds, 0].map((id) => portFree(base + id)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error('no free port range for the broker listeners');
}
