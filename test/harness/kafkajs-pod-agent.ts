import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ClientEndpoint } from './client-endpoint.js';
import { KafkaHarnessError } from './errors.js';
import { inNetns, superviseProcess, type SupervisedProcess } from './supervised-process.js';

/**
 * A kafkajs client living in one network namespace (a simulated pod of pod-network.ts):
 * test/clients/kafkajs/pod-agent.ts run with `ip netns exec`, taking one job at a time. The payments
 * steps run as `step(...)`; `open` + `send` keep one producer's connections open between jobs, for
 * what happens to a connection when its pod changes (relabelled, deleted, API server lost).
 * Killed with its test process like every supervised process.
 */
export interface KafkajsPodAgent {
  readonly netns: string;
  /** Runs one payments kafkajs step (demo/payments-clients.ts `kafkajsSteps`); resolves with its outcome. */
  step(name: string, args: readonly unknown[]): Promise<string>;
  /** Connects the held producer: `connected` or the error's name. */
  open(endpoint: ClientEndpoint, clientId: string): Promise<string>;
  /** Sends one record on the held producer: `ok` or the Kafka error's name. */
  send(topic: string): Promise<string>;
  /** Disconnects the held producer. */
  close(): Promise<string>;
  /** Ends the agent (closing stdin, then killing it after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const AGENT = join(ROOT, 'test', 'clients', 'kafkajs', 'pod-agent.ts');

/** Starts the agent inside `netns` (undefined: in this host's namespace). */
export function startKafkajsPodAgent(netns: string | undefined, jobTimeoutMs = 120_000): KafkajsPodAgent {
  const supervised: SupervisedProcess = superviseProcess({
    ...inNetns(netns, process.execPath, ['--import', 'tsx', AGENT]),
    // From the repository root, where `--import tsx` finds tsx.
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { child } = supervised;
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const waiting = new Map<number, (outcome: string) => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const answer = JSON.parse(line) as { id: number; outcome: string };
    waiting.get(answer.id)?.(answer.outcome);
    waiting.delete(answer.id);
  });
  child.stdin?.on('error', () => undefined);
  void supervised.exited.then((code) => {
    for (const [, resolve] of waiting) resolve(`agent exited (${code}): ${stderr.trim().split('\n').at(-1)}`);
    waiting.clear();
  });
  let nextId = 1;
  const call = (job: Record<string, unknown>): Promise<string> => {
    if (!supervised.isRunning())
      return Promise.reject(new KafkaHarnessError(`kafkajs agent in ${netns} is gone`));
    const id = nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(
          new KafkaHarnessError(
            `kafkajs agent in ${netns}: no answer to ${JSON.stringify(job)} in ${jobTimeoutMs} ms\n${stderr}`,
          ),
        );
      }, jobTimeoutMs);
      waiting.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      child.stdin!.write(`${JSON.stringify({ id, ...job })}\n`);
    });
  };
  return {
    netns: netns ?? '(host)',
    step: (name, args) => call({ op: 'step', step: name, args }),
    open: (endpoint, clientId) => call({ op: 'open', endpoint, clientId }),
    send: (topic) => call({ op: 'send', topic }),
    close: () => call({ op: 'close' }),
    async stop(graceMs = 5_000) {
      if (!supervised.isRunning()) return;
      child.stdin?.end();
      const timer = setTimeout(() => void supervised.kill(), graceMs);
      await supervised.exited;
      clearTimeout(timer);
    },
  };
}
