import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import { ConnectionDecisions } from '../../../src/policy/connection-decisions.js';
import { PolicyLoadError } from '../../../src/policy/policy-error.js';
import { PolicyStore, type ReloadOutcome } from '../../../src/policy/policy-store.js';

const policyAllowing = (topic: string) => `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
rules:
  - principal: User:app
    allow:
      - role: produce
        topic: ${topic}
`;

/** A directory laid out like a mounted ConfigMap: policy.yaml -> ..data/policy.yaml, ..data -> ..<version>. */
class ConfigMapDir {
  readonly dir = mkdtempSync(join(tmpdir(), 'policy-configmap-'));
  private version = 0;
  private current: string | undefined;

  constructor(initial: string) {
    this.publish(initial);
    symlinkSync('..data/policy.yaml', join(this.dir, 'policy.yaml'));
  }

  get file(): string {
    return join(this.dir, 'policy.yaml');
  }

  /** What the kubelet does on a ConfigMap update: new directory, atomic rename of ..data, old one removed. */
  publish(content: string): void {
    const name = `..2026_11_22_16_00_00.${++this.version}`;
    mkdirSync(join(this.dir, name));
    writeFileSync(join(this.dir, name, 'policy.yaml'), content);
    symlinkSync(name, join(this.dir, '..data_tmp'));
    renameSync(join(this.dir, '..data_tmp'), join(this.dir, '..data'));
    if (this.current) rmSync(join(this.dir, this.current), { recursive: true });
    this.current = name;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function nextReload(store: PolicyStore, withinMs: number): Promise<{ outcome: ReloadOutcome; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reload within ${withinMs} ms`)), withinMs);
    const off = store.onReload((outcome) => {
      clearTimeout(timer);
      off();
      resolve({ outcome, ms: Date.now() - started });
    });
  });
}

describe('policy store hot reload', () => {
  const cleanup: Array<() => void> = [];
  afterEach(() => {
    for (const f of cleanup.splice(0)) f();
  });

  type StoreOptions = Parameters<typeof PolicyStore.open>[1];

  /** A store over a ConfigMap directory allowing produce to `orders`; both go after the test. */
  async function storeOverConfigMap(
    options: StoreOptions,
  ): Promise<{ cm: ConfigMapDir; store: PolicyStore }> {
    const cm = new ConfigMapDir(policyAllowing('orders'));
    const store = await PolicyStore.open(cm.file, options);
    cleanup.push(
      () => store.close(),
      () => cm.remove(),
    );
    return { cm, store };
  }

  /** The same over a plain file in a new directory. */
  async function storeOverFile(options: StoreOptions): Promise<{ file: string; store: PolicyStore }> {
    const dir = mkdtempSync(join(tmpdir(), 'policy-plain-'));
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, policyAllowing('orders'));
    const store = await PolicyStore.open(file, options);
    cleanup.push(
      () => store.close(),
      () => rmSync(dir, { recursive: true, force: true }),
    );
    return { file, store };
  }

  it('applies a ConfigMap symlink swap to an existing connection from its next decision, woken by the file-system event', async () => {
    const { cm, store } = await storeOverConfigMap({ debounceMs: 50, pollIntervalMs: 0 });
    store.watch();
    const connection = new ConnectionDecisions(store, { id: 'c1', principal: 'User:app' });
    const produce = (topic: string) =>
      connection.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: [topic] }).allowed;
    expect(produce('orders')).toBe(true);
    expect(produce('invoices')).toBe(false);

    const reloaded = nextReload(store, 30_000);
    cm.publish(policyAllowing('invoices'));
    const { outcome } = await reloaded;

    // Polling is off (pollIntervalMs 0), so only the watch event can have triggered this reload.
    expect(outcome).toEqual({ result: 'applied', generation: 2 });
    expect(produce('orders')).toBe(false);
    expect(produce('invoices')).toBe(true);
    expect(store.stats().reloads).toEqual({ applied: 1, rejected: 0, unchanged: 0 });
  });

  it('rejects an invalid update with file, line and field, and keeps the previous policy', async () => {
    const { cm, store } = await storeOverConfigMap({ debounceMs: 50, pollIntervalMs: 0 });
    store.watch();

    const reloaded = nextReload(store, 30_000);
    cm.publish(policyAllowing('orders').replace('role: produce', 'role: write'));
    const { outcome } = await reloaded;

    expect(outcome.result).toBe('rejected');
    expect(outcome.generation).toBe(1);
    expect(outcome.errors?.map(String)).toEqual([
      `${cm.file}:6:15 rules[0].allow[0].role: must be one of "produce", "consume"`,
    ]);
    expect(store.current().generation).toBe(1);
    expect(
      store.current().decide({
        principal: 'User:app',
        apiKey: K.Produce,
        apiVersion: 9,
        clientId: null,
        topics: ['orders'],
      }).allowed,
    ).toBe(true);
    expect(store.stats().reloads.rejected).toBe(1);
    expect(store.stats().lastRejection).toHaveLength(1);
  });

  it('counts a re-read of identical content as unchanged without a new generation', async () => {
    const { cm, store } = await storeOverConfigMap({ pollIntervalMs: 0 });
    expect(await store.reload()).toEqual({ result: 'unchanged', generation: 1 });
    cm.publish(policyAllowing('orders'));
    expect(await store.reload()).toEqual({ result: 'unchanged', generation: 1 });
    expect(store.stats().reloads).toEqual({ applied: 0, rejected: 0, unchanged: 2 });
  });

  it('picks up a change by polling when no file-system event arrives', async () => {
    const { cm, store } = await storeOverConfigMap({ debounceMs: 10, pollIntervalMs: 100 });
    store.watch();
    const reloaded = nextReload(store, 30_000);
    cm.publish(policyAllowing('invoices'));
    expect((await reloaded).outcome.result).toBe('applied');
  });

  it('applies an in-place edit of a plain file', async () => {
    const { file, store } = await storeOverFile({ debounceMs: 50, pollIntervalMs: 0 });
    store.watch();
    const reloaded = nextReload(store, 30_000);
    writeFileSync(file, policyAllowing('invoices'));
    expect((await reloaded).outcome).toEqual({ result: 'applied', generation: 2 });
  });

  it('counts a file that disappears as one rejection, and applies it again when it comes back', async () => {
    const { file, store } = await storeOverFile({ pollIntervalMs: 0 });
    rmSync(file);
    const gone = await store.reload();
    expect(gone.result).toBe('rejected');
    expect(gone.errors?.[0]?.toString()).toMatch(/policy\.yaml:1:1 cannot read: ENOENT/);
    expect((await store.reload()).result).toBe('unchanged');
    expect(store.stats().reloads.rejected).toBe(1);
    writeFileSync(file, policyAllowing('orders'));
    expect(await store.reload()).toEqual({ result: 'applied', generation: 2 });
    expect(store.stats().lastRejection).toBeUndefined();
  });

  it('refuses to start from an invalid file', async () => {
    const cm = new ConfigMapDir('apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\n');
    cleanup.push(() => cm.remove());
    await expect(PolicyStore.open(cm.file)).rejects.toBeInstanceOf(PolicyLoadError);
  });
});
