/**
 * Starts a harness cluster and keeps it running until this process is interrupted or killed; the
 * harness's own exit handling (and, on SIGKILL, its watchdogs) then removes JVMs and data.
 *
 *   npx tsx test/harness/serve.ts [--nodes 3] [--scram alice:secret,bob:secret] [--authorizer] [--tls]
 *
 * Prints one JSON line once ready: bootstrap addresses, nodes, JVM PIDs and the data directory.
 */
import { parseArgs } from 'node:util';
import { KafkaHarnessError, startKafka, type StartKafkaOptions } from './index.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '1' },
    scram: { type: 'string' },
    authorizer: { type: 'boolean', default: false },
    tls: { type: 'boolean', default: false },
  },
});

const options: StartKafkaOptions = { nodes: values.nodes === '3' ? 3 : 1, tls: values.tls };
if (values.scram) {
  options.scram = {
    users: values.scram.split(',').map((pair) => {
      const [name = '', password = ''] = pair.split(':');
      return { name, password };
    }),
  };
}
if (values.authorizer) options.authorizer = { superUsers: [] };

try {
  const cluster = await startKafka(options);
  process.stdout.write(
    `${JSON.stringify({
      bootstrap: cluster.bootstrap,
      tlsBootstrap: cluster.tlsBootstrap,
      caPemPath: cluster.caPemPath,
      nodes: cluster.nodes,
      startToReadySeconds: cluster.startToReadySeconds,
      jvmPids: cluster.jvmPids(),
      dataDir: cluster.dataDir,
    })}\n`,
  );
  // Stay alive until a signal ends the process; the harness's handlers clean up.
  setInterval(() => undefined, 60_000);
} catch (error) {
  process.stderr.write(`serve: ${error instanceof KafkaHarnessError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
