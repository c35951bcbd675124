// What every reloading policy source keeps about the policy in force and its reloads: the compiled
// policy and its content digest, when it was applied, how many reloads were applied, rejected or
// unchanged, the last rejection, and the listeners told of each outcome. PolicyStore (the file) and
// CombinedPolicySource (file + Kubernetes objects) differ only in where a new policy comes from.

import { compilePolicy, type CompiledPolicy } from './engine.js';
import type { PolicyError } from './policy-error.js';
import type { Policy } from './policy-model.js';
import type { PolicyReloadStats, ReloadOutcome, ReloadResult } from './policy-store.js';

export abstract class ReloadBookkeeping {
  protected compiled: CompiledPolicy;
  /** Hex SHA-256 of what the policy in force was built from (or of the last rejected content). */
  protected contentDigest: string;
  protected lastRejection: readonly PolicyError[] | undefined;
  protected readonly counts: Record<ReloadResult, number> = { applied: 0, rejected: 0, unchanged: 0 };
  private appliedAt = Date.now();
  private readonly listeners = new Set<(outcome: ReloadOutcome) => void>();

  protected constructor(initial: CompiledPolicy, initialDigest: string) {
    this.compiled = initial;
    this.contentDigest = initialDigest;
  }

  /** The policy in force (synchronous, never throws). */
  current(): CompiledPolicy {
    return this.compiled;
  }

  get generation(): number {
    return this.compiled.generation;
  }

  /** `sha256:<hex>` of the content of the policy in force (what policy.loaded audit events carry). */
  get digest(): string {
    return `sha256:${this.contentDigest}`;
  }

  /** The reload counters, when the policy in force was applied, and the last rejection if any. */
  stats(): PolicyReloadStats {
    return {
      generation: this.compiled.generation,
      reloads: { ...this.counts },
      appliedAt: this.appliedAt,
      ...(this.lastRejection ? { lastRejection: this.lastRejection } : {}),
    };
  }

  /** Called after every reload attempt that was not `unchanged`; returns the unsubscribe function. */
  onReload(listener: (outcome: ReloadOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Counts a reload that found the same content. */
  protected unchanged(): ReloadOutcome {
    this.counts.unchanged++;
    return { result: 'unchanged', generation: this.compiled.generation };
  }

  /** Puts `policy` (built from content of digest `contentDigest`) in force under the next generation. */
  protected apply(policy: Policy, contentDigest: string): ReloadOutcome {
    this.compiled = compilePolicy(policy, this.compiled.generation + 1);
    this.contentDigest = contentDigest;
    this.appliedAt = Date.now();
    this.lastRejection = undefined;
    this.counts.applied++;
    return this.emit({ result: 'applied', generation: this.compiled.generation });
  }

  /** Counts and reports a rejection; the policy in force stays. */
  protected reject(errors: readonly PolicyError[], source?: string): ReloadOutcome {
    this.lastRejection = errors;
    this.counts.rejected++;
    return this.emit({
      result: 'rejected',
      generation: this.compiled.generation,
      errors,
      ...(source !== undefined ? { source } : {}),
    });
  }

  private emit(outcome: ReloadOutcome): ReloadOutcome {
    for (const listener of this.listeners) listener(outcome);
    return outcome;
  }
}
