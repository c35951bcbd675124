// `npm run demo`: the payments scenario end to end. Starts a real Kafka 4.1 broker (SASL/SCRAM users
// payments-api, payments-worker, analytics; no authorizer), the proxy with policies/payments.yaml
// in front of it, then runs each team's real clients through the proxy and prints what each tried
// and what it got. Exits 0 when every client got what the policy says, 1 otherwise. Everything it
// started (the broker JVM, the Java console consumer) is stopped before it exits.
// With --pods it runs the pod identity demo instead (demo/pods-demo.ts).

import { KafkaHarnessError, startKafka, type KafkaCluster } from '../test/harness/index.js';
import { log } from '../src/log.js';
import { RecordingDecisionSink } from '../src/policy/index.js';
import { COMMANDS, EVENTS, PAYMENTS_USERS, runPaymentsClients, type Attempt } from './payments-clients.js';
import { startPolicyProxy, type PolicyProxy } from './policy-proxy.js';

const POLICY = 'policies/payments.yaml';

function line(a: Attempt): string {
  const mark = a.ok ? 'ok  ' : 'FAIL';
  const expected = a.ok ? '' : `   (policy says: ${a.expected})`;
  return `  ${mark} ${a.client.padEnd(16)} ${a.tool.padEnd(24)} ${a.tried.padEnd(44)} -> ${a.got}${expected}`;
}

async function main(): Promise<number> {
  const started = Date.now();
  let cluster: KafkaCluster | undefined;
  let stack: PolicyProxy | undefined;
  try {
    console.log('Starting a Kafka 4.1 broker (SASL/SCRAM, no authorizer)...');
    cluster = await startKafka({
      nodes: 1,
      scram: { users: PAYMENTS_USERS.map((name) => ({ name, password: `${name}-secret` })) },
    });
    await cluster.createTopic(COMMANDS, 1, 1);
    await cluster.createTopic(EVENTS, 1, 1);
    const sink = new RecordingDecisionSink();
    // The proxy's own log would interleave with the table; denials are counted from the sink instead.
    stack = await startPolicyProxy(cluster, POLICY, { sink, log: log.child({}, { level: 'error' }) });
    console.log(
      `Broker ${cluster.bootstrap} ready in ${cluster.startToReadySeconds.toFixed(1)} s; ` +
        `proxy on 127.0.0.1:${stack.proxy.bootstrapPort} enforcing ${POLICY}\n`,
    );
    console.log('What each client tried, through the proxy, and what it got:');
    const proxy = stack;
    const attempts = await runPaymentsClients({
      endpointFor: (user) => proxy.endpoint(user),
      onAttempt: (a) => console.log(line(a)),
    });
    const denials = sink.events.filter((e) => !e.decision.allowed);
    const byPrincipal = new Map<string, number>();
    for (const e of denials)
      byPrincipal.set(e.decision.principal, (byPrincipal.get(e.decision.principal) ?? 0) + 1);
    const failed = attempts.filter((a) => !a.ok);
    console.log('\nSummary');
    console.log(
      `  ${attempts.length - failed.length}/${attempts.length} client steps behaved as ${POLICY} says`,
    );
    console.log(
      `  decisions: ${sink.events.length} (denied: ${[...byPrincipal].map(([p, n]) => `${p} ${n}`).join(', ') || 'none'})`,
    );
    const f = stack.enforcement.filter.counters;
    console.log(
      `  requests: forwarded ${f.forwarded}, forwarded with the answer rewritten ${f.rewritten} (of which split ${f.split}), answered by the proxy ${f.answered}, connections closed ${f.closed}`,
    );
    console.log(
      `  ${failed.length === 0 ? 'PASS' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return failed.length === 0 ? 0 : 1;
  } catch (error) {
    // A missing prerequisite (Java, Maven, Docker, the network for the first jar download) is said
    // in one line by the harness; a stack trace is for anything else.
    console.error(
      error instanceof KafkaHarnessError
        ? `demo failed: ${error.message}\n(what the demo needs: README.md, "Prerequisites")`
        : `demo failed: ${(error as Error).stack ?? String(error)}`,
    );
    return 1;
  } finally {
    await stack?.stop().catch(() => undefined);
    await cluster?.stop().catch(() => undefined);
  }
}

// `npm run demo -- --pods`: the same scenario with clients known by their pod (demo/pods-demo.ts).
process.exitCode = process.argv.includes('--pods')
  ? await (await import('./pods-demo.js')).runPodsDemo()
  : await main();
// kafkajs and the harness leave no work behind, but timers of closed sockets may linger: do not wait.
process.exit(process.exitCode);
