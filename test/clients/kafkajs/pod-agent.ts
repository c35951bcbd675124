// A kafkajs client that lives in one simulated pod (a network namespace, test/harness/pod-network.ts)
// and runs the jobs its test sends it, so that its connections come from the pod's address and a
// connection can outlive one job (re-decided on its next request, or closed by the proxy).
// Started by test/harness/kafkajs-pod-agent.ts as `ip netns exec NS node --import tsx pod-agent.ts`.
//
// Protocol: one JSON job per stdin line, one JSON answer per stdout line, in order:
//   {"id":1,"op":"step","step":"produce","args":[endpoint, clientId, topic, values]} -> {"id":1,"outcome":"wrote 3"}
//     (any of the payments kafkajs steps, demo/payments-clients.ts `kafkajsSteps`)
//   {"id":2,"op":"open","endpoint":{...},"clientId":"x"}  -> {"id":2,"outcome":"connected"} or an error name
//   {"id":3,"op":"send","topic":"t"}                      -> {"id":3,"outcome":"ok"} or an error name,
//     one record on the producer `open` connected (its connections stay open between jobs)
//   {"id":4,"op":"close"}                                 -> {"id":4,"outcome":"closed"}
// The agent exits when stdin closes.

import { createInterface } from 'node:readline';
import kafkajs from 'kafkajs';
import { kafkajsConfig, type ClientEndpoint } from '../../harness/client-endpoint.js';
import { errorName, kafkajsSteps, type KafkajsStepName } from '../../../demo/payments-clients.js';

type Job =
  | { id: number; op: 'step'; step: KafkajsStepName; args: unknown[] }
  | { id: number; op: 'open'; endpoint: ClientEndpoint; clientId: string }
  | { id: number; op: 'send'; topic: string }
  | { id: number; op: 'close' };

let held: kafkajs.Producer | undefined;

async function run(job: Job): Promise<string> {
  switch (job.op) {
    case 'step': {
      const step = kafkajsSteps[job.step] as (...args: unknown[]) => Promise<string>;
      return step(...job.args);
    }
    case 'open': {
      await held?.disconnect().catch(() => undefined);
      const kafka = new kafkajs.Kafka(
        kafkajsConfig(job.endpoint, {
          clientId: job.clientId,
          logLevel: kafkajs.logLevel.NOTHING,
          retry: { retries: 1, initialRetryTime: 100 },
          connectionTimeout: 5000,
        }),
      );
      held = kafka.producer({ allowAutoTopicCreation: false, idempotent: false, retry: { retries: 0 } });
      await held.connect();
      return 'connected';
    }
    case 'send': {
      if (!held) return 'no producer open';
      await held.send({ topic: job.topic, messages: [{ value: 'x' }], acks: 1 });
      return 'ok';
    }
    case 'close':
      await held?.disconnect().catch(() => undefined);
      held = undefined;
      return 'closed';
  }
}

// Jobs run one at a time, in order: a test waits for each answer before it sends the next job.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === '') return;
  const job = JSON.parse(line) as Job;
  queue = queue.then(async () => {
    let outcome: string;
    try {
      outcome = await run(job);
    } catch (error) {
      outcome = errorName(error);
    }
    process.stdout.write(`${JSON.stringify({ id: job.id, outcome })}\n`);
  });
});
process.stdin.on('end', () => {
  void queue.then(async () => {
    await held?.disconnect().catch(() => undefined);
    process.exit(0);
  });
});
