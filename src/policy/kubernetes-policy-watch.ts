// Watches policy objects through the Kubernetes API and keeps, per object, the last version that
// was valid: KafkaPolicy, KafkaNetworkPolicy and KafkaClusterwideNetworkPolicy (the proxy's own
// CRDs, src/policy/policy-crds.ts) and, optionally, Cilium's cilium.io/v2 CiliumNetworkPolicy and
// CiliumClusterwideNetworkPolicy where a cluster still serves them with `rules.kafka`.
//
// - Every change is read at once (policy-objects.ts) and the parts in force are emitted (`parts`);
//   a CombinedPolicySource compiles them with the policy file. `kubectl apply` to enforcement is
//   the watch's latency plus one compilation: well under a second on an idle API server.
// - An invalid object is reported on its `status` (condition Accepted=False, reason Invalid, and
//   `problems` with the field at fault), in the log (`policy.object.rejected`) and through
//   `rejected` (the audit trail's policy.rejected); the object's last good version stays in force
//   (none if it never was valid).
// - Status is written through the status subresource with a merge patch, only when it changes, so
//   several replicas (which read objects alike) agree instead of rewriting each other. A proxy whose
//   brokers an object does not select writes only into an empty status: proxies fronting other
//   brokers never contradict the one the object is for. Cilium's own objects are never written.
// - Until every watched collection has been listed once, `synced` is false (the proxy's /readyz
//   waits for it). A lost watch keeps the policies as last known; every reconnection lists again.

import { EventEmitter } from 'node:events';
import { CustomObjectsApi, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { ResourceWatch, type KubeObject } from '../identity/resource-watch.js';
import type { Logger } from '../log.js';
import type { ObjectPart } from './combined-policy-source.js';
import { PolicyError } from './policy-error.js';
import {
  KAFKA_CLUSTERWIDE_NETWORK_POLICY,
  KAFKA_NETWORK_POLICY,
  KAFKA_POLICY,
  POLICY_API_GROUP,
  POLICY_API_VERSION,
} from './policy-crds.js';
import {
  objectLabel,
  readPolicyObject,
  type ObjectProblem,
  type ObjectReading,
  type PolicyObject,
  type PolicyObjectKind,
} from './policy-objects.js';

/** A collection of policy objects. */
interface PolicyResource {
  readonly kind: PolicyObjectKind;
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  /** The proxy's own CRDs get status; Cilium's do not. */
  readonly ours: boolean;
}

const OURS = (k: { kind: string; plural: string }): PolicyResource => ({
  kind: k.kind as PolicyObjectKind,
  group: POLICY_API_GROUP,
  version: POLICY_API_VERSION,
  plural: k.plural,
  ours: true,
});
const CILIUM = (kind: PolicyObjectKind, plural: string): PolicyResource => ({
  kind,
  group: 'cilium.io',
  version: 'v2',
  plural,
  ours: false,
});

export interface KubernetesPolicyWatchOptions {
  readonly kubeConfig: KubeConfig;
  /** Watch KafkaPolicy objects (default true). */
  readonly kafkaPolicies?: boolean;
  /** Watch KafkaNetworkPolicy and KafkaClusterwideNetworkPolicy objects (default true). */
  readonly networkPolicies?: boolean;
  /** Also read cilium.io/v2 CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy (default false). */
  readonly ciliumPolicies?: boolean;
  /** Labels of the broker pods the proxy fronts (policy-objects.ts); network policies select by them. */
  readonly brokerLabels?: Readonly<Record<string, string>>;
  /** The brokers' Kafka ports as configured (policy-objects.ts): port rules naming others grant no Kafka access. */
  readonly kafkaPorts?: readonly number[];
  /** Without `kafkaPorts`: ports known to be Kafka's (the upstream brokers'), see policy-objects.ts. */
  readonly knownKafkaPorts?: readonly number[];
  /** Write `status` on the proxy's own objects (default true). */
  readonly writeStatus?: boolean;
  readonly log?: Logger;
}

/** What the watch made of one object. */
export interface ObjectState {
  readonly kind: PolicyObjectKind;
  readonly label: string;
  readonly object: PolicyObject & { readonly status?: unknown };
  readonly reading: ObjectReading;
  /** The version in force (the last valid one that selects the brokers), if any. */
  readonly inForce: ObjectPart | undefined;
}

export interface KubernetesPolicyWatchStats {
  readonly synced: boolean;
  readonly connected: boolean;
  readonly objects: number;
  /** Objects with a version in force (an invalid object's last good version counts). */
  readonly inForce: number;
  /** Objects whose current version was rejected. */
  readonly invalid: number;
  /** Valid objects that do not select the brokers. */
  readonly notSelected: number;
}

/** A problem of a policy object, printed as `KafkaPolicy team-a spec.rules[0].allow[0].apiKey: ...`. */
export class ObjectPolicyError extends PolicyError {
  override toString(): string {
    return this.path ? `${this.file} ${this.path}: ${this.message}` : `${this.file}: ${this.message}`;
  }
}

type AcceptedCondition = {
  type: 'Accepted';
  status: 'True' | 'False';
  reason: string;
  message: string;
  observedGeneration?: number;
  lastTransitionTime?: string;
};

type WrittenStatus = {
  observedGeneration?: number;
  conditions: AcceptedCondition[];
  problems: ObjectProblem[];
};

const keyOf = (kind: string, obj: KubeObject): string =>
  `${kind}/${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;

/**
 * Emits `parts(ObjectPart[])` whenever the set of objects in force changes, and
 * `rejected(errors: PolicyError[], label: string)` once per invalid object version.
 */
export class KubernetesPolicyWatch extends EventEmitter {
  /** Optional collections not watched yet: not known to be served, or known not to be. */
  private readonly optional = new Map<string, 'unknown' | 'absent'>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly watches: ResourceWatch<KubeObject>[] = [];
  private readonly states = new Map<string, ObjectState>();
  /** Object key -> `uid/generation` last reported as rejected (log and audit once per version). */
  private readonly reported = new Map<string, string>();
  private readonly custom: CustomObjectsApi;
  private emitScheduled = false;
  private started = false;
  private stopped = false;

  constructor(private readonly options: KubernetesPolicyWatchOptions) {
    super();
    this.custom = options.kubeConfig.makeApiClient(CustomObjectsApi);
  }

  /** The API server this watch reads. */
  get server(): string {
    return this.options.kubeConfig.getCurrentCluster()?.server ?? '(unknown)';
  }

  /**
   * True once every watched collection was listed, and every optional (Cilium) collection was
   * either listed or found not served.
   */
  get synced(): boolean {
    return (
      this.started &&
      this.watches.every((w) => w.synced) &&
      [...this.optional.values()].every((state) => state === 'absent')
    );
  }

  /**
   * Starts the watches. Cilium's collections are watched once the API server is seen to serve them
   * (a list answered 404 means the CRD is not installed: asked again every minute); until that is
   * known (no rights yet, API server down), they are asked again with a backoff.
   */
  async start(): Promise<void> {
    const o = this.options;
    if (o.kafkaPolicies ?? true) this.watch(OURS(KAFKA_POLICY));
    if (o.networkPolicies ?? true) {
      this.watch(OURS(KAFKA_NETWORK_POLICY));
      this.watch(OURS(KAFKA_CLUSTERWIDE_NETWORK_POLICY));
    }
    this.started = true;
    if (o.ciliumPolicies) {
      for (const resource of [
        CILIUM('CiliumNetworkPolicy', 'ciliumnetworkpolicies'),
        CILIUM('CiliumClusterwideNetworkPolicy', 'ciliumclusterwidenetworkpolicies'),
      ]) {
        this.optional.set(resource.plural, 'unknown');
        // Not awaited: an unreachable API server must not hold up the proxy's start (it stays unready).
        void this.probe(resource, 0);
      }
    }
  }

  /** Asks whether an optional collection is served; watches it when it is. */
  private async probe(resource: PolicyResource, failures: number): Promise<void> {
    if (this.stopped) return;
    const answer = await this.served(resource);
    if (this.stopped) return;
    const before = this.optional.get(resource.plural);
    if (answer === 'served') {
      this.optional.delete(resource.plural);
      this.watch(resource);
      return;
    }
    this.optional.set(resource.plural, answer);
    if (answer === 'absent' && before !== 'absent')
      this.options.log?.warn(
        {
          event: 'policy.cilium.not-served',
          resource: `${resource.plural}.cilium.io/v2`,
          server: this.server,
        },
        `the API server does not serve cilium.io/v2 ${resource.kind}: not watched (asked again every minute)`,
      );
    const delay = answer === 'absent' ? 60_000 : Math.min(250 * 2 ** Math.min(failures, 7), 30_000);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.probe(resource, answer === 'absent' ? 0 : failures + 1);
    }, delay);
    this.timers.add(timer);
  }

  private watch(resource: PolicyResource): void {
    const o = this.options;
    const watch = new ResourceWatch<KubeObject>({
      kubeConfig: o.kubeConfig,
      path: `/apis/${resource.group}/${resource.version}/${resource.plural}`,
      list: () =>
        this.custom.listClusterCustomObject({
          group: resource.group,
          version: resource.version,
          plural: resource.plural,
        }) as Promise<{ items: KubeObject[]; metadata?: { resourceVersion?: string } }>,
    });
    watch.on('replace', (items: KubeObject[]) => this.replace(resource, items));
    watch.on('upsert', (obj: KubeObject) => this.upsert(resource, obj));
    watch.on('delete', (obj: KubeObject) => this.remove(resource.kind, obj));
    watch.on('disconnected', (error: unknown) => {
      const resourceName = `${resource.plural}.${resource.group}`;
      if (resource.ours && (error as { code?: number })?.code === 404) {
        // The proxy's own CRD is missing: nothing will ever list; say what to do.
        o.log?.error(
          { event: 'policy.objects.crd-missing', resource: resourceName },
          `the API server does not serve ${resourceName}: install the CRDs (kubectl apply -f charts/kafka-l7-proxy/crds/); /readyz stays false until then`,
        );
        return;
      }
      o.log?.warn(
        {
          event: 'policy.objects.watch-lost',
          resource: resourceName,
          err: (error as Error)?.message ?? String(error),
        },
        'policy object watch lost (or not permitted yet); the policies stay as last known until it is back',
      );
    });
    this.watches.push(watch);
    watch.start();
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    for (const w of this.watches) w.stop();
  }

  /** Resolves once every watched collection was listed (or rejects after `timeoutMs`). */
  async waitForSync(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.synced) {
      if (Date.now() > deadline)
        throw new Error(`no full list of policy objects from ${this.server} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** What the watch made of each object, for explanations and tests. */
  objects(): ObjectState[] {
    return [...this.states.values()];
  }

  /** The parts in force, one per valid object that selects the brokers. */
  parts(): ObjectPart[] {
    return [...this.states.values()].flatMap((s) => (s.inForce ? [s.inForce] : []));
  }

  stats(): KubernetesPolicyWatchStats {
    const states = [...this.states.values()];
    return {
      synced: this.synced,
      connected: this.watches.every((w) => w.connected),
      objects: states.length,
      inForce: states.filter((s) => s.inForce).length,
      invalid: states.filter((s) => !s.reading.ok).length,
      notSelected: states.filter((s) => s.reading.ok && !s.reading.selected).length,
    };
  }

  /** `absent` when the API server answers 404 for the collection (its CRD is not installed). */
  private async served(resource: PolicyResource): Promise<'served' | 'absent' | 'unknown'> {
    try {
      await this.custom.listClusterCustomObject({
        group: resource.group,
        version: resource.version,
        plural: resource.plural,
        limit: 1,
      });
      return 'served';
    } catch (error) {
      return (error as { code?: number }).code === 404 ? 'absent' : 'unknown';
    }
  }

  private replace(resource: PolicyResource, items: KubeObject[]): void {
    const present = new Set(items.map((o) => keyOf(resource.kind, o)));
    for (const [key, state] of this.states) {
      if (state.kind === resource.kind && !present.has(key)) this.forget(key, state);
    }
    for (const obj of items) this.upsert(resource, obj);
  }

  private upsert(resource: PolicyResource, raw: KubeObject): void {
    const obj = raw as PolicyObject & { status?: unknown };
    const key = keyOf(resource.kind, raw);
    const label = objectLabel(resource.kind, obj);
    const previous = this.states.get(key);
    const reading = readPolicyObject(resource.kind, obj, {
      ...(this.options.brokerLabels ? { brokerLabels: this.options.brokerLabels } : {}),
      ...(this.options.kafkaPorts ? { kafkaPorts: this.options.kafkaPorts } : {}),
      ...(this.options.knownKafkaPorts ? { knownKafkaPorts: this.options.knownKafkaPorts } : {}),
    });
    const version = `${obj.metadata?.uid ?? ''}/${obj.metadata?.generation ?? obj.metadata?.resourceVersion ?? ''}`;
    let inForce: ObjectPart | undefined;
    if (reading.ok) {
      inForce = reading.selected
        ? {
            origin: label,
            policy: reading.policy,
            version,
          }
        : undefined;
      if (this.reported.has(key)) this.reported.delete(key);
      if (previous?.inForce?.version !== inForce?.version && inForce) {
        this.options.log?.info(
          { event: 'policy.object.applied', object: label, version, warnings: reading.warnings },
          'policy object in force',
        );
      }
    } else {
      // The last good version stays, unless the object was replaced by another with the same name.
      const kept = previous?.inForce?.version.startsWith(`${obj.metadata?.uid ?? ''}/`)
        ? previous.inForce
        : undefined;
      inForce = kept;
      if (this.reported.get(key) !== version) {
        this.reported.set(key, version);
        this.options.log?.error(
          {
            event: 'policy.object.rejected',
            object: label,
            version,
            problems: reading.problems.map((p) => `${p.field}: ${p.message}`),
            kept: kept?.version ?? null,
          },
          kept
            ? 'policy object rejected; its last good version stays in force'
            : 'policy object rejected; it is not in force',
        );
        this.emit(
          'rejected',
          reading.problems.map((p) => new ObjectPolicyError(label, 0, 0, p.field, p.message)),
          label,
        );
      }
    }
    const state: ObjectState = { kind: resource.kind, label, object: obj, reading, inForce };
    this.states.set(key, state);
    if (resource.ours && (this.options.writeStatus ?? true)) void this.writeStatus(resource, state);
    if (previous?.inForce?.version !== inForce?.version) this.scheduleEmit();
  }

  private remove(kind: PolicyObjectKind, obj: KubeObject): void {
    const key = keyOf(kind, obj);
    const state = this.states.get(key);
    if (state) this.forget(key, state);
  }

  private forget(key: string, state: ObjectState): void {
    this.states.delete(key);
    this.reported.delete(key);
    if (state.inForce) {
      this.options.log?.info(
        { event: 'policy.object.removed', object: state.label },
        'policy object removed',
      );
      this.scheduleEmit();
    }
  }

  private scheduleEmit(): void {
    if (this.emitScheduled) return;
    this.emitScheduled = true;
    // One recompilation for a whole list, not one per object.
    setImmediate(() => {
      this.emitScheduled = false;
      if (!this.stopped) this.emit('parts', this.parts());
    });
  }

  private desiredStatus(state: ObjectState): WrittenStatus {
    const generation = state.object.metadata?.generation;
    const r = state.reading;
    const condition = (status: 'True' | 'False', reason: string, message: string): AcceptedCondition => ({
      type: 'Accepted',
      status,
      reason,
      message,
      ...(generation !== undefined ? { observedGeneration: generation } : {}),
    });
    const accepted = !r.ok
      ? condition(
          'False',
          'Invalid',
          `${r.problems.length} problem(s), first: ${r.problems[0]!.field}: ${r.problems[0]!.message}` +
            (state.inForce ? '; the last good version stays in force' : '; not in force'),
        )
      : r.selected
        ? condition('True', 'Applied', 'in force' + (r.warnings.length ? `; ${r.warnings.join('; ')}` : ''))
        : condition(
            'True',
            'NotSelected',
            'valid, but its endpointSelector selects none of the brokers this proxy fronts (kubernetes.policies.brokerLabels)',
          );
    return {
      ...(generation !== undefined ? { observedGeneration: generation } : {}),
      conditions: [accepted],
      problems: r.ok ? [] : [...r.problems],
    };
  }

  private async writeStatus(resource: PolicyResource, state: ObjectState): Promise<void> {
    const desired = this.desiredStatus(state);
    const current = (state.object.status ?? {}) as Partial<WrittenStatus>;
    const currentCondition = (current.conditions ?? []).find((c) => c.type === 'Accepted');
    const notSelected = state.reading.ok && !state.reading.selected;
    if (notSelected && currentCondition) return;
    const want = desired.conditions[0]!;
    const same =
      currentCondition !== undefined &&
      currentCondition.status === want.status &&
      currentCondition.reason === want.reason &&
      currentCondition.message === want.message &&
      currentCondition.observedGeneration === want.observedGeneration &&
      JSON.stringify(current.problems ?? []) === JSON.stringify(desired.problems);
    if (same) return;
    want.lastTransitionTime =
      currentCondition && currentCondition.status === want.status && currentCondition.lastTransitionTime
        ? currentCondition.lastTransitionTime
        : new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const name = state.object.metadata?.name ?? '';
    const namespace = state.object.metadata?.namespace;
    const options = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
    try {
      if (namespace)
        await this.custom.patchNamespacedCustomObjectStatus(
          {
            group: resource.group,
            version: resource.version,
            plural: resource.plural,
            namespace,
            name,
            body: { status: desired },
          },
          options,
        );
      else
        await this.custom.patchClusterCustomObjectStatus(
          {
            group: resource.group,
            version: resource.version,
            plural: resource.plural,
            name,
            body: { status: desired },
          },
          options,
        );
    } catch (error) {
      const e = error as { code?: number; message?: string };
      // 404: deleted meanwhile; 409 cannot happen with a merge patch without resourceVersion.
      if (e.code === 404) return;
      this.options.log?.warn(
        { event: 'policy.object.status-failed', object: state.label, err: e.message ?? String(error) },
        'cannot write the policy object status (needs patch on its status subresource)',
      );
    }
  }
}
