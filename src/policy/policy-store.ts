// Holds the policy in force and replaces it when the file changes.
//
// Kubernetes mounts a ConfigMap as a directory whose files are symlinks through `..data`, itself a
// symlink to a timestamped directory; an update writes a new timestamped directory and renames a new
// `..data` over the old one. The store watches the file's directory (watchFiles, shared with the TLS
// reload), and on an event (debounced) re-reads the path and compares content. A slow stat poll backs
// up fs.watch, which some filesystems do not support.
//
// A valid new policy gets the next generation number; connections notice it on their next request
// (ConnectionDecisions compares generations). An invalid one is rejected with its errors and the
// previous policy stays in force.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { watchFiles, type FileWatch } from '../files/watch-files.js';
import type { PolicySource } from './connection-decisions.js';
import { compilePolicy, type CompiledPolicy } from './engine.js';
import { PolicyError, PolicyLoadError } from './policy-error.js';
import { ReloadBookkeeping } from './reload-bookkeeping.js';
import { parsePolicy } from './policy-loader.js';

export type ReloadResult = 'applied' | 'rejected' | 'unchanged';

export interface ReloadOutcome {
  readonly result: ReloadResult;
  readonly generation: number;
  readonly errors?: readonly PolicyError[];
  /** What was rejected, when not the policy file: a policy object (`KafkaPolicy team-a`). */
  readonly source?: string;
}

/**
 * A policy in force that changes over time: the policy file (PolicyStore) or the file combined with
 * policy objects from the Kubernetes API (CombinedPolicySource). What observability and audit read.
 */
export interface ReloadingPolicySource extends PolicySource {
  /** The policy file, or a label of where policies come from. */
  readonly path: string;
  readonly generation: number;
  /** `sha256:<hex>` of what is in force. */
  readonly digest: string;
  stats(): PolicyReloadStats;
  onReload(listener: (outcome: ReloadOutcome) => void): () => void;
  close(): void;
}

/** Reload counters by result; the metrics work exports them through prom-client. */
export interface PolicyReloadStats {
  readonly generation: number;
  readonly reloads: Readonly<Record<ReloadResult, number>>;
  /** Time the policy in force was applied (ms since epoch). */
  readonly appliedAt: number;
  /** Errors of the most recent rejected file, until a valid one is applied. */
  readonly lastRejection?: readonly PolicyError[];
}

export interface PolicyStoreOptions {
  /** Quiet time after the last file-system event before re-reading. */
  readonly debounceMs?: number;
  /** Interval (ms) of the stat poll that backs up fs.watch when it misses events; 0 disables polling. */
  readonly pollIntervalMs?: number;
  readonly logger?: Logger;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The policy in force, from a YAML file, replaced when the file changes. `PolicyStore.open(path)`
 * loads it (throws PolicyLoadError, with file:line:column errors, when the first load fails: there is
 * no previous policy to keep); `current()` returns the CompiledPolicy in force (synchronous, never
 * throws); `watch()` starts the directory watch and stat poll (debounced, `debounceMs` default 100 ms,
 * `pollIntervalMs` default 5000 ms); `reload()` re-reads now and resolves to `applied` (a new
 * generation), `rejected` (errors; the previous policy stays) or `unchanged` (same bytes). A reload
 * never throws: an unreadable file is a rejection. `stats()` and `onReload` report the outcomes.
 */
export class PolicyStore extends ReloadBookkeeping implements ReloadingPolicySource {
  private watcher: FileWatch | undefined;
  private reloading: Promise<ReloadOutcome> | undefined;
  private rereadRequested = false;

  private constructor(
    readonly path: string,
    initial: CompiledPolicy,
    initialDigest: string,
    private readonly options: PolicyStoreOptions,
  ) {
    super(initial, initialDigest);
  }

  /** Loads the file; throws PolicyLoadError when it is invalid, since there is no previous policy to keep. */
  static async open(path: string, options: PolicyStoreOptions = {}): Promise<PolicyStore> {
    const absolute = resolve(path);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (e) {
      throw new PolicyLoadError([new PolicyError(path, 1, 1, '', `cannot read: ${(e as Error).message}`)]);
    }
    const parsed = parsePolicy(text, path);
    if (!parsed.ok) throw new PolicyLoadError(parsed.errors);
    return new PolicyStore(absolute, compilePolicy(parsed.policy, 1), digest(text), options);
  }

  /** Starts watching the file's directory (and polling, if configured); a second call does nothing. */
  watch(): void {
    if (this.watcher) return;
    this.watcher = watchFiles([this.path], () => void this.reload(), {
      debounceMs: this.options.debounceMs ?? 100,
      pollIntervalMs: this.options.pollIntervalMs ?? 5000,
      what: 'policy',
      ...(this.options.logger ? { log: this.options.logger } : {}),
    });
  }

  /** Stops watching; the policy in force stays readable. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** Re-reads the file now; concurrent calls share one read and a call during a read triggers another. */
  reload(): Promise<ReloadOutcome> {
    if (this.reloading) {
      this.rereadRequested = true;
      return this.reloading;
    }
    this.reloading = this.readAndApply().finally(() => {
      this.reloading = undefined;
      if (this.rereadRequested) {
        this.rereadRequested = false;
        void this.reload();
      }
    });
    return this.reloading;
  }

  private async readAndApply(): Promise<ReloadOutcome> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      const error = new PolicyError(this.path, 1, 1, '', `cannot read: ${(e as Error).message}`);
      // A file that stays unreadable is one rejection, not one per poll.
      const same = this.lastRejection?.length === 1 && this.lastRejection[0]!.toString() === error.toString();
      if (same) return { result: 'unchanged', generation: this.compiled.generation };
      // Forget the content digest: when the file comes back, even unchanged, it is read again.
      return this.rejectFile([error], '');
    }
    const contentDigest = digest(text);
    if (contentDigest === this.contentDigest) return this.unchanged();
    const parsed = parsePolicy(text, this.path);
    if (!parsed.ok) return this.rejectFile(parsed.errors, contentDigest);
    this.options.logger?.info(
      { event: 'policy.reload.applied', path: this.path, generation: this.compiled.generation + 1 },
      'policy reloaded',
    );
    return this.apply(parsed.policy, contentDigest);
  }

  private rejectFile(errors: readonly PolicyError[], contentDigest: string): ReloadOutcome {
    // Remember the rejected content so the poll does not count the same bad file again and again.
    this.contentDigest = contentDigest;
    this.options.logger?.error(
      {
        event: 'policy.reload.rejected',
        path: this.path,
        generation: this.compiled.generation,
        errors: errors.map((e) => e.toString()),
      },
      'policy file rejected; previous policy stays in force',
    );
    return this.reject(errors);
  }
}
