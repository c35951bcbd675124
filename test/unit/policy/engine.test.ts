import { describe, expect, it } from 'vitest';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import type { CompiledPolicy, RequestDescription } from '../../../src/policy/engine.js';
import { compileExample, compileRules, summary } from './policy-fixtures.js';

function ask(
  policy: CompiledPolicy,
  principal: string,
  apiKey: number,
  resources: Partial<Pick<RequestDescription, 'topics' | 'groups' | 'transactionalIds'>> = {},
  options: { version?: number; clientId?: string | null } = {},
) {
  return policy.decide({
    principal,
    apiKey,
    apiVersion: options.version ?? 9,
    clientId: options.clientId === undefined ? 'client-1' : options.clientId,
    ...resources,
  });
}

describe('payments scenario (policies/payments.yaml)', () => {
  const policy = compileExample('payments.yaml');

  it('lets payments-api produce to payments.commands, idempotently', () => {
    expect(ask(policy, 'User:payments-api', K.Produce, { topics: ['payments.commands'] }).allowed).toBe(true);
    expect(ask(policy, 'User:payments-api', K.Metadata, { topics: ['payments.commands'] }).allowed).toBe(
      true,
    );
    expect(ask(policy, 'User:payments-api', K.InitProducerId).allowed).toBe(true);
    expect(ask(policy, 'User:payments-api', K.ApiVersions).allowed).toBe(true);
  });

  it('denies payments-api every other topic and every consumer API', () => {
    const d = ask(policy, 'User:payments-api', K.Produce, { topics: ['payments.events'] });
    expect(summary(d)).toEqual(['api=allow', 'topic:payments.events=deny(29)']);
    expect(ask(policy, 'User:payments-api', K.Fetch, { topics: ['payments.commands'] }).allowed).toBe(false);
    expect(ask(policy, 'User:payments-api', K.JoinGroup, { groups: ['payments-worker'] }).allowed).toBe(
      false,
    );
  });

  it('splits a produce request that mixes an allowed and a denied topic', () => {
    const d = ask(policy, 'User:payments-api', K.Produce, {
      topics: ['payments.commands', 'payments.events'],
    });
    expect(d.allowed).toBe(false);
    expect(summary(d)).toEqual([
      'api=allow',
      'topic:payments.commands=allow',
      'topic:payments.events=deny(29)',
    ]);
    expect(d.topics[0]!.rule?.id).toBe('rules[0].allow[0]');
  });

  it('lets payments-worker consume payments.commands in its own group, classic and KIP-848', () => {
    const worker = 'User:payments-worker';
    for (const apiKey of [
      K.FindCoordinator,
      K.JoinGroup,
      K.SyncGroup,
      K.Heartbeat,
      K.LeaveGroup,
      K.DescribeGroups,
    ]) {
      expect(ask(policy, worker, apiKey, { groups: ['payments-worker'] }).allowed, `api ${apiKey}`).toBe(
        true,
      );
    }
    for (const apiKey of [K.Fetch, K.ListOffsets, K.OffsetForLeaderEpoch, K.Metadata]) {
      expect(ask(policy, worker, apiKey, { topics: ['payments.commands', 'payments.events'] }).allowed).toBe(
        true,
      );
    }
    expect(
      ask(policy, worker, K.OffsetCommit, { groups: ['payments-worker'], topics: ['payments.commands'] })
        .allowed,
    ).toBe(true);
    expect(
      ask(policy, worker, K.ConsumerGroupHeartbeat, {
        groups: ['payments-worker'],
        topics: ['payments.commands'],
      }).allowed,
    ).toBe(true);
  });

  it('denies payments-worker any group it is not given, with GROUP_AUTHORIZATION_FAILED', () => {
    const d = ask(policy, 'User:payments-worker', K.JoinGroup, { groups: ['payments-api'] });
    expect(summary(d)).toEqual(['api=allow', 'group:payments-api=deny(30)']);
    expect(d.groups[0]!.reason).toContain('only those groups are allowed');
  });

  it('lets payments-worker produce to payments.events but not to payments.commands', () => {
    expect(ask(policy, 'User:payments-worker', K.Produce, { topics: ['payments.events'] }).allowed).toBe(
      true,
    );
    expect(ask(policy, 'User:payments-worker', K.Produce, { topics: ['payments.commands'] }).allowed).toBe(
      false,
    );
  });

  it('denies analytics everything but the APIs Kafka never authorizes', () => {
    const d = ask(policy, 'User:analytics', K.Metadata, { topics: ['payments.commands'] });
    expect(summary(d)).toEqual(['api=deny', 'topic:payments.commands=deny(29)']);
    expect(d.api.rule?.id).toBe('rules[2].deny[0]');
    expect(ask(policy, 'User:analytics', K.Fetch, { topics: ['payments.events'] }).allowed).toBe(false);
    expect(ask(policy, 'User:analytics', K.ApiVersions).allowed).toBe(true);
    expect(ask(policy, 'User:analytics', K.SaslHandshake).allowed).toBe(true);
  });

  it('denies a principal the policy does not mention by default', () => {
    const d = ask(policy, 'User:stranger', K.Produce, { topics: ['payments.commands'] });
    expect(d.allowed).toBe(false);
    expect(d.api.rule).toBeUndefined();
    expect(d.api.reason).toContain('default deny');
  });
});

describe('Cilium rule semantics', () => {
  it('an empty rule allows every client API and every resource', () => {
    const p = compileRules(`  - principal: User:admin\n    allow:\n      - {}\n`);
    expect(ask(p, 'User:admin', K.Produce, { topics: ['a', 'b'], transactionalIds: ['tx'] }).allowed).toBe(
      true,
    );
    expect(ask(p, 'User:admin', K.DescribeCluster).allowed).toBe(true);
    expect(ask(p, 'User:admin', 30 /* CreateAcls */).allowed).toBe(true);
    expect(ask(p, 'User:admin', K.JoinGroup, { groups: ['any'] }).allowed).toBe(true);
  });

  it('never allows inter-broker API keys, not even to an empty rule', () => {
    const p = compileRules(`  - principal: User:admin\n    allow:\n      - {}\n`);
    for (const apiKey of [4, 5, 6, 7, 27, 52, 56, 58, 62, 63, 67, 83]) {
      expect(ask(p, 'User:admin', apiKey).allowed, `api ${apiKey}`).toBe(false);
    }
  });

  it('denies API keys Kafka 4.1 does not define', () => {
    const p = compileRules(`  - principal: User:admin\n    allow:\n      - {}\n`);
    const d = ask(p, 'User:admin', 93);
    expect(d.allowed).toBe(false);
    expect(d.apiName).toBe('Unknown(93)');
    expect(ask(p, 'User:admin', -1).allowed).toBe(false);
    expect(ask(p, 'User:admin', 32767).allowed).toBe(false);
  });

  it('a rule with a topic matches only that topic', () => {
    const p = compileRules(`  - principal: User:a\n    allow:\n      - { apiKey: fetch, topic: orders }\n`);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['orders'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['orders2'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Produce, { topics: ['orders'] }).allowed).toBe(false);
  });

  it('treats topic names that differ only in case as different topics', () => {
    const p = compileRules(`  - principal: User:a\n    allow:\n      - { role: produce, topic: Orders }\n`);
    expect(ask(p, 'User:a', K.Produce, { topics: ['Orders'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Produce, { topics: ['orders'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Produce, { topics: ['ORDERS'] }).allowed).toBe(false);
  });

  it('a rule without a topic covers every topic of its APIs', () => {
    const p = compileRules(`  - principal: User:a\n    allow:\n      - { role: consume }\n`);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['x', 'y.z'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Produce, { topics: ['x'] }).allowed).toBe(false);
  });

  it('role and apiKey rules still cover requests that carry no topic (group coordination, idempotence)', () => {
    const p = compileRules(
      `  - principal: User:a\n    allow:\n      - { role: consume, topic: t }\n      - { role: produce, topic: t }\n`,
    );
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['g'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.InitProducerId).allowed).toBe(true);
  });

  it('a topic-only rule without role or apiKey does not open cluster administration', () => {
    const p = compileRules(`  - principal: User:a\n    allow:\n      - { topic: t }\n`);
    expect(ask(p, 'User:a', K.Produce, { topics: ['t'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.DeleteTopics, { topics: ['t'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', 29 /* DescribeAcls */).allowed).toBe(false);
    // The broker answers DescribeCluster for every client, so the policy does too.
    expect(ask(p, 'User:a', K.DescribeCluster).allowed).toBe(true);
    expect(ask(p, 'User:a', 30 /* CreateAcls */).allowed).toBe(false);
    expect(ask(p, 'User:a', 51 /* AlterUserScramCredentials */).allowed).toBe(false);
  });

  it('matches apiVersion exactly, or within a range', () => {
    const p = compileRules(
      `  - principal: User:a\n    allow:\n      - { apiKey: produce, apiVersion: 9 }\n      - { apiKey: fetch, apiVersion: '12-15' }\n`,
    );
    expect(ask(p, 'User:a', K.Produce, { topics: ['t'] }, { version: 9 }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Produce, { topics: ['t'] }, { version: 10 }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['t'] }, { version: 12 }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['t'] }, { version: 15 }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['t'] }, { version: 16 }).allowed).toBe(false);
  });

  it('matches clientID exactly or by glob, and a missing client id never matches a clientID rule', () => {
    const p = compileRules(
      `  - principal: User:a\n    allow:\n      - { role: produce, topic: orders, clientID: payment-service }\n      - { role: consume, topic: events, clientID: 'reader-*' }\n`,
    );
    expect(ask(p, 'User:a', K.Produce, { topics: ['orders'] }, { clientId: 'payment-service' }).allowed).toBe(
      true,
    );
    expect(
      ask(p, 'User:a', K.Produce, { topics: ['orders'] }, { clientId: 'payment-service-2' }).allowed,
    ).toBe(false);
    expect(ask(p, 'User:a', K.Produce, { topics: ['orders'] }, { clientId: null }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['events'] }, { clientId: 'reader-7' }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['events'] }, { clientId: 'writer-7' }).allowed).toBe(false);
  });
});

describe('the backend example (policies/cilium-guide-backend-client-id.yaml)', () => {
  const p = compileExample('cilium-guide-backend-client-id.yaml');
  it('allows produce to orders only with client id payment-service, and consuming events', () => {
    expect(
      ask(p, 'User:backend', K.Produce, { topics: ['orders'] }, { clientId: 'payment-service' }).allowed,
    ).toBe(true);
    expect(ask(p, 'User:backend', K.Produce, { topics: ['orders'] }, { clientId: 'other' }).allowed).toBe(
      false,
    );
    expect(ask(p, 'User:backend', K.Fetch, { topics: ['events'] }, { clientId: 'other' }).allowed).toBe(true);
    expect(
      ask(p, 'User:backend', K.Produce, { topics: ['events'] }, { clientId: 'payment-service' }).allowed,
    ).toBe(false);
  });
});

describe('deny rules', () => {
  const p = compileRules(`  - principal: User:a
    allow:
      - {}
    deny:
      - { topic: 'payments.*' }
      - { apiKey: deletetopics }
      - { role: consume, group: secret-group }
`);

  it('win over a broader allow rule, per topic', () => {
    const d = ask(p, 'User:a', K.Produce, { topics: ['orders', 'payments.commands'] });
    expect(summary(d)).toEqual(['api=allow', 'topic:orders=allow', 'topic:payments.commands=deny(29)']);
    expect(d.topics[1]!.rule?.id).toBe('rules[0].deny[0]');
    expect(d.topics[1]!.reason).toContain('explicit deny wins');
  });

  it('without resource fields deny the API itself', () => {
    const d = ask(p, 'User:a', K.DeleteTopics, { topics: ['orders'] });
    expect(d.api.allowed).toBe(false);
    expect(d.api.rule?.id).toBe('rules[0].deny[1]');
    expect(d.topics[0]!.allowed).toBe(false);
  });

  it('with a group deny only that group, and only for the APIs of the role', () => {
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['secret-group'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['other'] }).allowed).toBe(true);
    expect(
      ask(p, 'User:a', 42 /* DeleteGroups, not in consume */, { groups: ['secret-group'] }).allowed,
    ).toBe(true);
  });
});

describe('topic prefixes and globs', () => {
  const p = compileRules(`  - principal: User:a
    allow:
      - { role: consume, topicPrefix: logs. }
      - { role: consume, topic: 'metrics.*.v?' }
`);
  it('matches a prefix at the start of the name only', () => {
    expect(ask(p, 'User:a', K.Fetch, { topics: ['logs.app'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['logs.'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['logs'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['app.logs.x'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['Logs.app'] }).allowed).toBe(false);
  });
  it('matches globs over the whole name', () => {
    expect(ask(p, 'User:a', K.Fetch, { topics: ['metrics.cpu.v1'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['metrics.cpu.host.v2'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['metrics.cpu.v10'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.Fetch, { topics: ['xmetrics.cpu.v1'] }).allowed).toBe(false);
  });
});

describe('groups', () => {
  it('any group is allowed while no allow rule of the principal names one', () => {
    const p = compileRules(`  - principal: User:a\n    allow:\n      - { role: consume, topic: t }\n`);
    const d = ask(p, 'User:a', K.OffsetCommit, { groups: ['whatever'], topics: ['t'] });
    expect(d.allowed).toBe(true);
    expect(d.groups[0]!.reason).toContain('no allow rule of User:a names a group');
  });

  it('once a rule names a group, other groups are denied, group prefixes and globs work', () => {
    const p = compileRules(`  - principal: User:a
    allow:
      - { role: consume, topic: t }
      - { role: consume, groupPrefix: team-a. }
      - { role: consume, group: 'batch-?' }
`);
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['team-a.reader'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['batch-1'] }).allowed).toBe(true);
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['batch-12'] }).allowed).toBe(false);
    expect(ask(p, 'User:a', K.JoinGroup, { groups: ['team-b.reader'] }).allowed).toBe(false);
  });

  it('the produce role never grants groups (FindCoordinator for a group stays denied)', () => {
    const p = compileRules(`  - principal: User:a\n    allow:\n      - { role: produce, topic: t }\n`);
    const d = ask(p, 'User:a', K.FindCoordinator, { groups: ['g'] });
    expect(summary(d)).toEqual(['api=allow', 'group:g=deny(30)']);
  });
});

describe('transactional producers', () => {
  const p = compileRules(`  - principal: User:etl
    allow:
      - { role: consume, topic: input, group: etl }
      - { role: produce, topic: output, transactionalId: 'etl-tx-*' }
  - principal: User:plain
    allow:
      - { role: produce, topic: output }
`);

  it('allows the transactional flow when the transactional id is allowed', () => {
    const tx = { transactionalIds: ['etl-tx-1'] };
    expect(ask(p, 'User:etl', K.FindCoordinator, tx).allowed).toBe(true);
    expect(ask(p, 'User:etl', K.InitProducerId, tx).allowed).toBe(true);
    expect(ask(p, 'User:etl', K.AddPartitionsToTxn, { ...tx, topics: ['output'] }).allowed).toBe(true);
    expect(ask(p, 'User:etl', K.Produce, { ...tx, topics: ['output'] }).allowed).toBe(true);
    expect(ask(p, 'User:etl', K.AddOffsetsToTxn, { ...tx, groups: ['etl'] }).allowed).toBe(true);
    expect(ask(p, 'User:etl', K.TxnOffsetCommit, { ...tx, groups: ['etl'], topics: ['input'] }).allowed).toBe(
      true,
    );
    expect(ask(p, 'User:etl', K.EndTxn, tx).allowed).toBe(true);
  });

  it('denies transactional ids the principal is not given, with TRANSACTIONAL_ID_AUTHORIZATION_FAILED', () => {
    const d = ask(p, 'User:etl', K.InitProducerId, { transactionalIds: ['other-tx'] });
    expect(summary(d)).toEqual(['api=allow', 'transactionalId:other-tx=deny(53)']);
  });

  it('requires transactional ids to be named: a produce rule with a topic grants none', () => {
    expect(ask(p, 'User:plain', K.InitProducerId).allowed).toBe(true); // idempotent producer
    // Refused as a whole, an idempotent InitProducerId is a cluster-level denial, as in Kafka.
    expect(ask(p, 'User:stranger', K.InitProducerId).api.errorCode).toBe(31);
    const d = ask(p, 'User:plain', K.InitProducerId, { transactionalIds: ['etl-tx-1'] });
    expect(d.allowed).toBe(false);
    expect(d.transactionalIds[0]!.reason).toContain('transactional ids must be named');
  });

  it('TxnOffsetCommit needs the input topics to be consumable, not only the transactional id', () => {
    const d = ask(p, 'User:etl', K.TxnOffsetCommit, {
      transactionalIds: ['etl-tx-1'],
      groups: ['etl'],
      topics: ['output'],
    });
    expect(summary(d)).toEqual([
      'api=allow',
      'transactionalId:etl-tx-1=allow',
      'group:etl=allow',
      'topic:output=deny(29)',
    ]);
  });
});

describe('principals', () => {
  const p = compileRules(`  - principal: '*'
    allow:
      - { apiKey: metadata }
  - principal: 'User:team-*'
    allow:
      - { role: consume, topic: shared }
  - principals: [User:x, User:y]
    allow:
      - { role: produce, topic: xy }
`);
  it("'*' applies to everyone, globs to matching principals, lists to each member", () => {
    expect(ask(p, 'User:nobody', K.Metadata, { topics: ['anything'] }).allowed).toBe(true);
    expect(ask(p, 'User:team-a', K.Fetch, { topics: ['shared'] }).allowed).toBe(true);
    expect(ask(p, 'User:teamx', K.Fetch, { topics: ['shared'] }).allowed).toBe(false);
    expect(ask(p, 'User:y', K.Produce, { topics: ['xy'] }).allowed).toBe(true);
    expect(ask(p, 'User:z', K.Produce, { topics: ['xy'] }).allowed).toBe(false);
  });
});

describe('deciding rule', () => {
  it('is the first matching rule in file order, with its line and text', () => {
    const p = compileRules(`  - principal: User:a
    allow:
      - { role: consume, topicPrefix: o }
      - { role: consume, topic: orders }
`);
    const d = ask(p, 'User:a', K.Fetch, { topics: ['orders'] });
    expect(d.topics[0]!.rule).toEqual({
      id: 'rules[0].allow[0]',
      index: 0,
      effect: 'allow',
      line: 6,
      column: 9,
      text: '{ role: consume, topicPrefix: o }',
    });
  });
});

describe('default-deny reasons', () => {
  const policy = compileRules(
    '  - principal: User:admin\n    allow:\n      - { role: produce, topic: orders }\n' +
      '  - principal: User:app\n    allow:\n      - { apiKey: metadata, clientID: "app-*" }\n',
  );

  it('name the rules of the principal, not a version or client id no rule conditions on', () => {
    const d = policy.decide({
      principal: 'User:admin',
      clientId: 'adminclient-1',
      apiKey: 19,
      apiVersion: 7,
      topics: ['orders'],
    });
    expect(d.allowed).toBe(false);
    expect(d.api.reason).toBe(
      'no allow rule of User:admin covers CreateTopics (its allow rules rules[0].allow[0] do not): default deny',
    );
    expect(d.api.reason).not.toMatch(/adminclient-1|v7/);
  });

  it('name the client id when a rule of the principal is conditioned on client ids', () => {
    const d = policy.decide({
      principal: 'User:app',
      clientId: 'other',
      apiKey: 3,
      apiVersion: 13,
      topics: [],
    });
    expect(d.api.reason).toBe(
      "no allow rule of User:app covers Metadata for client id 'other' (its allow rules rules[1].allow[0] do not): default deny",
    );
  });

  it('say when the policy has no rule for the principal at all', () => {
    const d = policy.decide({
      principal: 'User:nobody',
      clientId: null,
      apiKey: 3,
      apiVersion: 13,
      topics: [],
    });
    expect(d.api.reason).toBe('no allow rule in the policy names User:nobody: default deny');
  });
});
