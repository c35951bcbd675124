// The policy in force when policies come from more than the file: the policy file (hot reloaded by
// its PolicyStore, optional) combined with the policy objects the Kubernetes watch reads
// (policy-combination.ts says how). Every change of either recompiles the combination under the
// next generation; connections re-decide on their next request, as after a file reload.
//
// A rejected object never reaches here as a part: the watch keeps the object's last good version
// (or none) and reports the rejection through `rejected`, which this source passes to its reload
// listeners (the audit trail's policy.rejected) with the object as the outcome's source.

import { createHash } from 'node:crypto';
import { compilePolicy } from './engine.js';
import { FILE_ORIGIN, combinePolicies, orderParts, type PolicyPart } from './policy-combination.js';
import type { PolicyError } from './policy-error.js';
import type { Policy } from './policy-model.js';
import type { PolicyStore, ReloadOutcome, ReloadingPolicySource } from './policy-store.js';
import { ReloadBookkeeping } from './reload-bookkeeping.js';

/** An object's part with what identifies its content (uid and resourceVersion), for the digest. */
export interface ObjectPart extends PolicyPart {
  readonly version: string;
}

export class CombinedPolicySource extends ReloadBookkeeping implements ReloadingPolicySource {
  private objects: readonly ObjectPart[] = [];
  private readonly stopWatchingFile: (() => void) | undefined;

  /** `file`: the policy file's store, if one is configured (its reloads recombine). */
  constructor(private readonly file: PolicyStore | undefined) {
    super(compilePolicy(combine(file, []), 1), digestOf(file, []));
    this.stopWatchingFile = file?.onReload((outcome) => {
      if (outcome.result === 'applied') this.recombine();
      else if (outcome.result === 'rejected') this.rejected(outcome.errors ?? [], file.path);
    });
  }

  /** The file's path, or `kubernetes` when every policy comes from objects. */
  get path(): string {
    return this.file?.path ?? 'kubernetes';
  }

  /** The objects in force, in combination order. */
  get objectOrigins(): string[] {
    return orderParts(this.objects).map((p) => p.origin);
  }

  /** Replaces the object parts (every valid object that selects the brokers); recombines if they changed. */
  setObjects(parts: readonly ObjectPart[]): ReloadOutcome {
    this.objects = parts;
    return this.recombine();
  }

  /** Reports a rejected policy (an object, or the file) to the reload listeners; nothing changes in force. */
  rejected(errors: readonly PolicyError[], source: string): void {
    this.reject(errors, source);
  }

  close(): void {
    this.stopWatchingFile?.();
    this.file?.close();
  }

  private recombine(): ReloadOutcome {
    const digest = digestOf(this.file, this.objects);
    if (digest === this.contentDigest) return this.unchanged();
    return this.apply(combine(this.file, this.objects), digest);
  }
}

/** The file's policy (if any) combined with the objects'. */
function combine(file: PolicyStore | undefined, objects: readonly ObjectPart[]): Policy {
  const parts: PolicyPart[] = [...objects];
  if (file) parts.push({ origin: FILE_ORIGIN, policy: file.current().policy });
  return combinePolicies(parts, file ? `${file.path} + kubernetes` : 'kubernetes');
}

/** What the combination is built from: the file's content digest and each object's identity. */
function digestOf(file: PolicyStore | undefined, objects: readonly ObjectPart[]): string {
  const hash = createHash('sha256');
  hash.update(file?.digest ?? '');
  for (const p of orderParts(objects)) hash.update(`\u0000${p.origin}\u0000${(p as ObjectPart).version}`);
  return hash.digest('hex');
}
