// A proxy with a policy in front of a harness cluster, on loopback: what the demo and the policy
// integration tests run.

import { resolveConfig } from '../src/config/load-config.js';
import { startPolicyEnforcement, type PolicyEnforcement } from '../src/enforcement/index.js';
import { log as rootLog, type Logger } from '../src/log.js';
import { startProxy, type RunningProxy } from '../src/proxy/proxy.js';
import type { ClientEndpoint, KafkaCluster } from '../test/harness/index.js';
import type { DecisionSink } from '../src/policy/index.js';
import { freeBrokerPortBase } from '../test/unit/proxy/free-ports.js';

export interface PolicyProxy {
  readonly proxy: RunningProxy;
  readonly enforcement: PolicyEnforcement;
  /** The cluster's endpoint for `user`, pointed at the proxy. */
  endpoint(user?: string): ClientEndpoint;
  stop(): Promise<void>;
}

export async function startPolicyProxy(
  cluster: KafkaCluster,
  policyFile: string,
  options: { log?: Logger; sink?: DecisionSink; brokerPortBase?: number } = {},
): Promise<PolicyProxy> {
  const log = options.log ?? rootLog.child({}, { level: 'warn' });
  const controlUser = cluster.endpoint().sasl;
  const config = resolveConfig(
    {
      listen: {
        host: '127.0.0.1',
        bootstrapPort: 0,
        brokerPortBase:
          options.brokerPortBase ?? (await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId))),
      },
      upstream: {
        bootstrapServers: cluster.bootstrap.split(','),
        // The proxy's own control sessions (broker list, topic listing for KIP-848 regex
        // subscriptions, topic-ID lookups) authenticate as the cluster's first SCRAM user, as a
        // deployment in front of SASL brokers sets upstream.sasl.
        ...(controlUser === undefined
          ? {}
          : {
              sasl: {
                mechanism: 'SCRAM-SHA-512' as const,
                username: controlUser.username,
                password: controlUser.password,
              },
            }),
      },
      policy: { file: policyFile },
      logging: { level: 'warn' },
    },
    {},
  );
  const enforcement = await startPolicyEnforcement(config, log, options.sink ? { sink: options.sink } : {});
  if (enforcement === undefined) throw new Error('no policy configured');
  const proxy = await startProxy(config, { log, filter: enforcement.filter });
  return {
    proxy,
    enforcement,
    endpoint: (user) => ({
      ...cluster.endpoint(user === undefined ? {} : { user }),
      bootstrap: `127.0.0.1:${proxy.bootstrapPort}`,
    }),
    stop: async () => {
      await proxy.stop();
      enforcement.close();
    },
  };
}
