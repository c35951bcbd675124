// Puts the audit trail, the metrics and the admin server together for one proxy, from the
// configuration's `audit:` and `admin:` sections. The proxy core knows none of this: it reaches it
// through the DecisionSink handed to the enforcement filter and the diagnostics channels of
// src/proxy/diagnostics.ts.
//
//   const obs = await startObservability(config, { log, mode: () => 'enforce' });  // sinks started
//   const filter = createEnforcementFilter({ sink: obs.decisionSink, admitsRequests: () => obs.audit.admitsRequests() });
//   const proxy = await startProxy(config, { filter });
//   obs.attachProxy(proxy); obs.attachPolicyStore(store);
//   ... await obs.close();

import diagnosticsChannel from 'node:diagnostics_channel';
import type { AuditConfig } from '../audit/audit-config.js';
import { createAuditLog, type AuditLog } from '../audit/audit-log.js';
import type { AuditConnection } from '../audit/audit-event.js';
import type { PolicyMode } from '../audit/decision-audit.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import type { Logger } from '../log.js';
import { listenerLabel } from '../listeners/listener-label.js';
import { ProxyMetrics } from '../metrics/proxy-metrics.js';
import { registerKubernetesMetrics } from '../metrics/kubernetes-metrics.js';
import { registerPolicyObjectMetrics } from '../metrics/policy-object-metrics.js';
import type { KubernetesPods } from '../identity/kubernetes-pods.js';
import { FanOutDecisionSink, type DecisionSink } from '../policy/decision-events.js';
import type { ReloadingPolicySource } from '../policy/policy-store.js';
import type { KubernetesPolicyWatch } from '../policy/kubernetes-policy-watch.js';
import { resolveIdentity } from '../identity/identity-resolver.js';
import { attributesOf } from '../enforcement/connection-policy.js';
import type { ProxyCounters } from '../proxy/counters.js';
import type { ControlSessionState } from '../upstream/control-session-status.js';
import type { ConnectionEventMessage } from '../proxy/diagnostics.js';
import type { AdminConfig } from './admin-config.js';
import { startAdminServer, type AdminServer, type ReadinessCheck } from './admin-server.js';

/** The proxy as observability sees it (a RunningProxy fits). */
export interface ObservedProxy {
  readonly counters: ProxyCounters;
  readonly bootstrapPort: number;
  /** Listeners that could not be bound (a RunningProxy has it). */
  unboundListeners?(): string[];
  /** Whether the last broker connection attempt opened (a RunningProxy has it). */
  upstreamReachable?(): boolean;
  /** The control connection's state (a RunningProxy has it); /readyz's upstream check when present. */
  controlSession?(): ControlSessionState;
}

export interface ObservabilityOptions {
  readonly log: Logger;
  /** The policy mode in force; asked per decision, so a reload that changes it applies at once. */
  readonly mode?: () => PolicyMode;
  /** Principal and how it was established, for connection events; default: the broker-verified SASL user. */
  readonly identify?: (context: ConnectionContext) => { principal: string; source: string } | undefined;
}

export interface Observability {
  readonly audit: AuditLog;
  readonly metrics: ProxyMetrics;
  /** Hand this to the enforcement filter: every decision reaches the audit trail and the metrics. */
  readonly decisionSink: DecisionSink;
  readonly admin: AdminServer | undefined;
  attachProxy(proxy: ObservedProxy): void;
  /** The policy in force; undefined when none is configured (the proxy then forwards everything). */
  attachPolicyStore(
    store: ReloadingPolicySource | undefined,
    pods?: KubernetesPods,
    policyObjects?: KubernetesPolicyWatch,
  ): void;
  /** Where audit events find a topic's ID by name (the enforcement's TopicIdResolver). */
  attachTopicIds(lookup: (name: string) => string | undefined): void;
  close(): Promise<void>;
}

function defaultIdentify(context: ConnectionContext): { principal: string; source: string } | undefined {
  return context.sasl.authenticated && context.sasl.user !== undefined
    ? { principal: `User:${context.sasl.user}`, source: 'sasl' }
    : undefined;
}

function auditConnection(m: ConnectionEventMessage): AuditConnection {
  return {
    id: String(m.context.id),
    remoteAddress: `${m.context.remoteAddress}:${m.context.remotePort}`,
    localAddress: `${m.localAddress}:${m.localPort}`,
    listener: listenerLabel(m.context.listener),
  };
}

export async function startObservability(
  config: { audit: AuditConfig; admin: AdminConfig; listen: { host: string } },
  options: ObservabilityOptions,
): Promise<Observability> {
  const log = options.log;
  const mode = options.mode ?? ((): PolicyMode => 'enforce');
  let identify = options.identify ?? defaultIdentify;
  // Connection id -> addresses with ports, from the lifecycle channel: decision events lack them.
  const addresses = new Map<string, { remoteAddress: string; localAddress: string }>();
  let topicIdOf: ((name: string) => string | undefined) | undefined;
  const audit = createAuditLog(config.audit, mode, log, {
    addresses: (id) => addresses.get(id),
    topicIdOf: (name) => topicIdOf?.(name),
  });
  const metrics = new ProxyMetrics({ ...config.admin.metrics, mode });
  metrics.attachAudit(
    () => audit.sinks,
    () => audit.refusedRequests,
  );
  metrics.subscribe();

  await audit.start();

  const onConnection = (message: unknown): void => {
    const m = message as ConnectionEventMessage;
    const connection = auditConnection(m);
    if (m.event === 'closed') addresses.delete(connection.id);
    else
      addresses.set(connection.id, {
        remoteAddress: connection.remoteAddress!,
        localAddress: connection.localAddress!,
      });
    const who = identify(m.context);
    const info = {
      connection,
      ...(who ? { principal: who.principal, identitySource: who.source } : {}),
      clientId: m.context.clientId,
    };
    if (m.event === 'opened') audit.connectionOpened(info);
    else if (m.event === 'authenticated')
      audit.connectionAuthenticated({ ...info, mechanism: m.mechanism ?? '' });
    else audit.connectionClosed({ ...info, ...(m.reason ? { reason: m.reason } : {}) });
  };
  diagnosticsChannel.subscribe('kafka-l7-proxy:connection', onConnection);

  let proxy: ObservedProxy | undefined;
  let policyKnown = false;
  let stopWatchingStore: (() => void) | undefined;
  const readiness: ReadinessCheck[] = [
    // Every known node's listener bound: a client told "node 2 is at :9102" must find the proxy there.
    {
      name: 'listeners',
      check: () => (proxy ? (proxy.unboundListeners?.() ?? []) : ['the proxy listeners are not open yet']),
    },
    // The control connection (broker list, topic IDs) handshakes, authenticates and gets answers;
    // a proxy without one (e.g. a SASL broker and no upstream.sasl) cannot do its job.
    {
      name: 'upstream',
      check: () => {
        // Before the proxy starts, the listeners check says so.
        const control = proxy?.controlSession?.();
        if (control) return control.problems;
        return proxy?.upstreamReachable?.() === false
          ? [
              'no broker reachable: the last connection attempt to a broker failed (see upstream.bootstrapServers)',
            ]
          : [];
      },
    },
    { name: 'policy', check: () => (policyKnown ? [] : ['no policy loaded']) },
    { name: 'audit', check: () => audit.readiness().problems },
  ];

  let admin: AdminServer | undefined;
  if (config.admin.enabled) {
    try {
      admin = await startAdminServer({
        host: config.admin.host ?? config.listen.host,
        port: config.admin.port,
        metrics: () => metrics.metrics(),
        metricsContentType: metrics.contentType,
        readiness,
        log: log.child({ component: 'admin' }),
      });
    } catch (error) {
      diagnosticsChannel.unsubscribe('kafka-l7-proxy:connection', onConnection);
      metrics.unsubscribe();
      await audit.close(0);
      throw error;
    }
  }

  return {
    audit,
    metrics,
    decisionSink: new FanOutDecisionSink([audit.decisionSink, metrics], (error) =>
      log.error({ err: (error as Error).message }, 'decision sink threw'),
    ),
    admin,
    attachProxy(p) {
      proxy = p;
      metrics.attachCounters(p.counters);
      metrics.attachListeners(() => p.unboundListeners?.() ?? []);
      const controlSession = p.controlSession?.bind(p);
      if (controlSession) metrics.attachControlSession(controlSession);
    },
    attachTopicIds(lookup) {
      topicIdOf = lookup;
    },
    attachPolicyStore(s, pods, policyObjects) {
      policyKnown = true;
      if (policyObjects) {
        readiness.push({
          name: 'policy-objects',
          check: () =>
            policyObjects.synced ? [] : [`no full list of policy objects from ${policyObjects.server} yet`],
        });
        registerPolicyObjectMetrics(metrics.registry, () => policyObjects.stats());
      }
      if (pods) {
        readiness.push({
          name: 'kubernetes',
          check: () => {
            const st = pods.stats();
            if (!st.synced) return [`no full pod list from ${pods.server} yet`];
            if (st.expired)
              return [
                `Kubernetes API watch lost ${Math.round(st.staleForMs / 1000)} s ago: pod identities refused`,
              ];
            return [];
          },
        });
        registerKubernetesMetrics(metrics.registry, () => pods.stats());
      }
      if (s === undefined) return;
      // Connection events name the principal the policy's identity sources give.
      if (!options.identify) {
        identify = (context) => {
          const who = resolveIdentity(s.current().policy.identities, attributesOf(context, pods));
          return { principal: who.principal, source: who.source };
        };
      }
      metrics.attachPolicy(() => s.stats());
      audit.policyLoaded(s.path, s.generation, s.digest);
      stopWatchingStore = s.onReload((outcome) =>
        audit.policyReloaded(outcome.source ?? s.path, outcome, s.digest),
      );
    },
    async close() {
      stopWatchingStore?.();
      diagnosticsChannel.unsubscribe('kafka-l7-proxy:connection', onConnection);
      metrics.unsubscribe();
      await admin?.close();
      await audit.close();
    },
  };
}
