// List-then-watch of one Kubernetes resource collection, with the connection state the proxy needs
// to fail closed: when the first full list arrived, when the watch was lost, when it came back.
//
// Kubernetes' list/watch contract (API concepts, "Efficient detection of changes"): a list returns
// the collection and its resourceVersion; a watch from that resourceVersion streams ADDED, MODIFIED,
// DELETED events; a watch ends when the server closes it (timeouts) and an expired resourceVersion
// is answered 410 Gone, after which the client must list again. Here a watch the server ended
// cleanly continues from the last version seen; any failure lists again, so a lost watch can never
// leave a missed event behind.

import { EventEmitter } from 'node:events';
import { Watch, type KubeConfig } from '@kubernetes/client-node';

/** The parts of a Kubernetes object this module reads. */
export interface KubeObject {
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly uid?: string;
    readonly resourceVersion?: string;
    readonly labels?: Record<string, string>;
    readonly generation?: number;
  };
}

export interface KubeList<T> {
  readonly items: T[];
  readonly metadata?: { readonly resourceVersion?: string };
}

export interface ResourceWatchOptions<T> {
  readonly kubeConfig: KubeConfig;
  /** Watch path, e.g. `/api/v1/pods`. */
  readonly path: string;
  /** Lists the collection (all namespaces). */
  readonly list: () => Promise<KubeList<T>>;
  /** First retry delay after a failure (doubles up to retryMaxMs). */
  readonly retryMs?: number;
  readonly retryMaxMs?: number;
  /**
   * Milliseconds a list may take before it counts as failed and is tried again (default 30,000). An
   * API server that accepts the connection and never answers would otherwise keep the watch unsynced
   * forever (fail closed, but never retried).
   */
  readonly listTimeoutMs?: number;
}

/** Default of {@link ResourceWatchOptions.listTimeoutMs}. */
const LIST_TIMEOUT_MS = 30_000;

/** Seconds after which the server ends a watch (then continued from the last version seen). */
const WATCH_TIMEOUT_SECONDS = 60;

export type ResourceWatchEvent = 'replace' | 'upsert' | 'delete' | 'connected' | 'disconnected';

/**
 * Emits `replace(items)` after every full list, `upsert(obj)` / `delete(obj)` for watch events,
 * `connected` once a list succeeded, `disconnected(error)` when the list or watch failed.
 */
export class ResourceWatch<T extends KubeObject> extends EventEmitter {
  private abort: AbortController | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  /** True between a successful list and the next failure. */
  connected = false;
  /** Set once the first full list arrived. */
  synced = false;

  constructor(private readonly options: ResourceWatchOptions<T>) {
    super();
  }

  start(): void {
    this.stopped = false;
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.abort?.abort();
    this.abort = undefined;
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    let resourceVersion: string;
    try {
      const list = await this.listWithTimeout();
      if (this.stopped) return;
      resourceVersion = list.metadata?.resourceVersion ?? '';
      this.emit('replace', list.items);
      this.synced = true;
      this.failures = 0;
      if (!this.connected) {
        this.connected = true;
        this.emit('connected');
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    await this.watchFrom(resourceVersion);
  }

  /**
   * Watches from `resourceVersion`. The server ends each watch after WATCH_TIMEOUT_SECONDS; a clean
   * end continues from the last version seen, an error (410 Gone included) lists again. A watch that
   * outlives its timeout by a margin is taken as a dead connection.
   */
  private async watchFrom(resourceVersion: string): Promise<void> {
    if (this.stopped) return;
    const watch = new Watch(this.options.kubeConfig);
    let ended = false;
    let lastVersion = resourceVersion;
    const guard = setTimeout(
      () => done(new Error('watch silent past its timeout')),
      (WATCH_TIMEOUT_SECONDS + 20) * 1000,
    );
    guard.unref?.();
    const done = (error: unknown): void => {
      if (ended) return;
      ended = true;
      clearTimeout(guard);
      this.abort?.abort();
      if (this.stopped) return;
      if (error) this.fail(error);
      else void this.watchFrom(lastVersion);
    };
    try {
      this.abort = await watch.watch(
        this.options.path,
        { resourceVersion, allowWatchBookmarks: true, timeoutSeconds: WATCH_TIMEOUT_SECONDS },
        (phase: string, obj: T) => {
          const version = obj?.metadata?.resourceVersion;
          if (phase === 'ADDED' || phase === 'MODIFIED') this.emit('upsert', obj);
          else if (phase === 'DELETED') this.emit('delete', obj);
          else if (phase === 'ERROR') return done(new Error(`watch error: ${JSON.stringify(obj)}`));
          if (version) lastVersion = version;
        },
        done,
      );
      if (this.stopped) this.abort.abort();
    } catch (error) {
      done(error);
    }
  }

  /**
   * `options.list()`, rejected with an error once `listTimeoutMs` passed without an answer. The late
   * answer of a timed-out list is dropped: the retry lists again.
   */
  private listWithTimeout(): Promise<KubeList<T>> {
    const timeoutMs = this.options.listTimeoutMs ?? LIST_TIMEOUT_MS;
    return new Promise<KubeList<T>>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`list ${this.options.path}: no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      timer.unref?.();
      this.options.list().then(
        (list) => {
          clearTimeout(timer);
          resolve(list);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    if (this.connected) {
      this.connected = false;
      this.emit('disconnected', error);
    } else if (this.failures === 0) {
      this.emit('disconnected', error);
    }
    this.failures++;
    const base = this.options.retryMs ?? 250;
    const delay = Math.min(base * 2 ** Math.min(this.failures - 1, 8), this.options.retryMaxMs ?? 5000);
    this.retryTimer = setTimeout(() => void this.run(), delay);
  }
}
