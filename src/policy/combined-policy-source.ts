// The policy in force when policies come from more than the file: the policy file (hot reloaded by
// its PolicyStore, optional) combined with the policy objects the Kubernetes watch reads
// (policy-combination.ts says how). Every change of either recompiles the combination under the
// next generation; connections re-decide on their next request, as after a file reload.
//
// A rejected object never reaches here as a part: the watch keeps the object's last good version
// (or none) and reports the rejection through `rejected`, which this source passes to its reload
// listeners (the audit trail's policy.rejected) with the object as the outcome's source.

import { createHash } from 'node:crypto';
import { compilePolicy, type CompiledPolicy } from './engine.js';
import { FILE_ORIGIN, combinePolicies, orderParts, type PolicyPart } from './policy-combination.js';
import type { PolicyError } from './policy-error.js';
import type {
  PolicyReloadStats,
  PolicyStore,
  ReloadOutcome,
  ReloadResult,
  ReloadingPolicySource,
} from './policy-store.js';

/** An object's part with what identifies its content (uid and resourceVersion), for the digest. */
export interface ObjectPart extends PolicyPart {
  readonly version: string;
}

export class CombinedPolicySource implements ReloadingPolicySource {
  private compiled: CompiledPolicy;
  private objects: readonly ObjectPart[] = [];
  private contentDigest: string;
  private appliedAt = Date.now();
  private readonly counts: Record<ReloadResult, number> = { applied: 0, rejected: 0, unchanged: 0 };
  private lastRejection: readonly PolicyError[] | undefined;
  private readonly listeners = new Set<(outcome: ReloadOutcome) => void>();
  private readonly stopWatchingFile: (() => void) | undefined;

  /** `file`: the policy file's store, if one is configured (its reloads recombine). */
  constructor(private readonly file: PolicyStore | undefined) {
    this.compiled = compilePolicy(this.combine(), 1);
    this.contentDigest = this.computeDigest();
    this.stopWatchingFile = file?.onReload((outcome) => {
      if (outcome.result === 'applied') this.recombine();
      else if (outcome.result === 'rejected') this.rejected(outcome.errors ?? [], file.path);
    });
  }

  /** The file's path, or `kubernetes` when every policy comes from objects. */
  get path(): string {
    return this.file?.path ?? 'kubernetes';
  }

  current(): CompiledPolicy {
    return this.compiled;
  }

  get generation(): number {
    return this.compiled.generation;
  }

  get digest(): string {
    return `sha256:${this.contentDigest}`;
  }

  /** The objects in force, in combination order. */
  get objectOrigins(): string[] {
    return orderParts(this.objects).map((p) => p.origin);
  }

  stats(): PolicyReloadStats {
    return {
      generation: this.compiled.generation,
      reloads: { ...this.counts },
      appliedAt: this.appliedAt,
      ...(this.lastRejection ? { lastRejection: this.lastRejection } : {}),
    };
  }

  onReload(listener: (outcome: ReloadOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the object parts (every valid object that selects the brokers); recombines if they changed. */
  setObjects(parts: readonly ObjectPart[]): ReloadOutcome {
    this.objects = parts;
    return this.recombine();
  }

  /** Reports a rejected policy (an object, or the file) to the reload listeners; nothing changes in force. */
  rejected(errors: readonly PolicyError[], source: string): void {
    this.counts.rejected++;
    this.lastRejection = errors;
    this.emit({ result: 'rejected', generation: this.compiled.generation, errors, source });
  }

  close(): void {
    this.stopWatchingFile?.();
    this.file?.close();
  }

  private combine() {
    const parts: PolicyPart[] = [...this.objects];
    if (this.file) parts.push({ origin: FILE_ORIGIN, policy: this.file.current().policy });
    return combinePolicies(parts, this.file ? `${this.file.path} + kubernetes` : 'kubernetes');
  }

  private computeDigest(): string {
    const hash = createHash('sha256');
    hash.update(this.file?.digest ?? '');
    for (const p of orderParts(this.objects))
      hash.update(`\u0000${p.origin}\u0000${(p as ObjectPart).version}`);
    return hash.digest('hex');
  }

  private recombine(): ReloadOutcome {
    const digest = this.computeDigest();
    if (digest === this.contentDigest) {
      this.counts.unchanged++;
      return { result: 'unchanged', generation: this.compiled.generation };
    }
    this.compiled = compilePolicy(this.combine(), this.compiled.generation + 1);
    this.contentDigest = digest;
    this.appliedAt = Date.now();
    this.lastRejection = undefined;
    this.counts.applied++;
    const outcome: ReloadOutcome = { result: 'applied', generation: this.compiled.generation };
    this.emit(outcome);
    return outcome;
  }

  private emit(outcome: ReloadOutcome): void {
    for (const listener of this.listeners) listener(outcome);
  }
}
