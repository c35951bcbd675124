import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import type { ConsumerGroupHeartbeatRequest } from '../../../protocol/generated/index.js';
import type { ConnectionContext } from '../../../src/connection/connection-context.js';
import { ClusterTopics } from '../../../src/enforcement/cluster-topics.js';
import {
  originalRegexOf,
  regexForTopics,
  RegexSubscriptions,
  type RegexOutcome,
} from '../../../src/enforcement/regex-subscriptions.js';

const connection = (): ConnectionContext =>
  ({ id: 1, remoteAddress: '127.0.0.1', listener: { kind: 'bootstrap' } }) as unknown as ConnectionContext;

function heartbeat(over: Partial<ConsumerGroupHeartbeatRequest>): ConsumerGroupHeartbeatRequest {
  return {
    groupId: 'g',
    memberId: 'm-1',
    memberEpoch: 1,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: null,
    ...over,
  };
}

/** Topics the broker lists, changeable by the test; listed afresh on every call (max age 0). */
function cluster(initial: string[]): { topics: string[]; catalog: ClusterTopics } {
  const state = { topics: initial, catalog: undefined as unknown as ClusterTopics };
  state.catalog = new ClusterTopics(
    {
      listTopics: () => Promise.resolve(state.topics.map((name, i) => ({ id: `id-${i}-${name}`, name }))),
    },
    undefined,
    0,
  );
  return state;
}

/** The topic names a rewritten regex matches among `names`, as the broker matches (whole name, RE2/J). */
function matched(regex: string, names: string[]): string[] {
  const pattern = RE2JS.compile(regex);
  return names.filter((n) => pattern.matcher(n).matches());
}

describe('the regex the broker gets for a KIP-848 regex member', () => {
  it('matches exactly the resolved topics (dots quoted) and carries the member regex back out', () => {
    const regex = regexForTopics('shared|secret', ['a.b', 'shared']);
    expect(matched(regex, ['a.b', 'axb', 'shared', 'secret', 'shared2', 'xshared', ''])).toEqual([
      'a.b',
      'shared',
    ]);
    expect(originalRegexOf(regex)).toBe('shared|secret');
  });

  it('matches nothing when no topic resolved, and still carries the member regex', () => {
    const regex = regexForTopics('^payments\\..*', []);
    expect(matched(regex, ['payments.x', '', 'kafka-l7-proxy-regex:'])).toEqual([]);
    expect(originalRegexOf(regex)).toBe('^payments\\..*');
  });

  it('leaves a regex it did not write alone, even one that imitates its marker', () => {
    expect(originalRegexOf('shared|secret')).toBeUndefined();
    const forged = regexForTopics('[^\\x00-\\x{10FFFF}]kafka-l7-proxy-regex:c2VjcmV0', ['shared']);
    expect(originalRegexOf(forged)).toBe('[^\\x00-\\x{10FFFF}]kafka-l7-proxy-regex:c2VjcmV0');
  });
});

describe('RegexSubscriptions: the regex resolved per member against the topics it may describe', () => {
  const onlyShared = (topics: readonly string[]): boolean[] => topics.map((t) => t.startsWith('shared'));

  async function outcome(r: RegexOutcome | Promise<RegexOutcome>): Promise<RegexOutcome> {
    return r;
  }
  const topicsOf = (o: RegexOutcome): string[] | undefined =>
    o.kind === 'rewrite'
      ? matched(o.regex, ['shared', 'shared-2', 'secret', 'other', 'shared.x'])
      : undefined;

  it('sends the topics matching the regex that the member may describe, never the regex itself', async () => {
    const subs = new RegexSubscriptions(cluster(['shared', 'secret', 'other']).catalog);
    const o = await outcome(
      subs.heartbeat(
        connection(),
        heartbeat({ memberEpoch: 0, subscribedTopicRegex: 'shared|secret' }),
        onlyShared,
      ),
    );
    expect(o.kind).toBe('rewrite');
    expect(topicsOf(o)).toEqual(['shared']);
  });

  it('sends an updated regex on a later heartbeat when a matching topic appears, and nothing when nothing changed', async () => {
    const c = cluster(['shared', 'secret']);
    const subs = new RegexSubscriptions(c.catalog);
    const conn = connection();
    await subs.heartbeat(
      conn,
      heartbeat({ memberEpoch: 0, subscribedTopicRegex: 'shared.*|secret' }),
      onlyShared,
    );
    expect(subs.heartbeat(conn, heartbeat({}), onlyShared)).toBeInstanceOf(Promise);
    expect(await outcome(subs.heartbeat(conn, heartbeat({}), onlyShared))).toEqual({ kind: 'unchanged' });
    c.topics = ['shared', 'secret', 'shared-2'];
    const o = await outcome(subs.heartbeat(conn, heartbeat({}), onlyShared));
    expect(topicsOf(o)).toEqual(['shared', 'shared-2']);
    expect(await outcome(subs.heartbeat(conn, heartbeat({}), onlyShared))).toEqual({ kind: 'unchanged' });
  });

  it('sends an updated regex when the policy changes what the member may describe', async () => {
    const subs = new RegexSubscriptions(cluster(['shared', 'secret']).catalog);
    const conn = connection();
    await subs.heartbeat(
      conn,
      heartbeat({ memberEpoch: 0, subscribedTopicRegex: 'shared|secret' }),
      onlyShared,
    );
    const o = await outcome(subs.heartbeat(conn, heartbeat({}), (ts) => ts.map(() => true)));
    expect(topicsOf(o)).toEqual(['shared', 'secret']);
    const back = await outcome(subs.heartbeat(conn, heartbeat({}), onlyShared));
    expect(topicsOf(back)).toEqual(['shared']);
  });

  it('forgets the regex when the member clears it or leaves; other members and connections are separate', async () => {
    const subs = new RegexSubscriptions(cluster(['shared', 'secret']).catalog);
    const conn = connection();
    await subs.heartbeat(conn, heartbeat({ memberEpoch: 0, subscribedTopicRegex: 'shared' }), onlyShared);
    // Another member, another connection: no state of their own, nothing to rewrite.
    expect(subs.heartbeat(conn, heartbeat({ memberId: 'm-2' }), onlyShared)).toEqual({ kind: 'unchanged' });
    expect(subs.heartbeat(connection(), heartbeat({}), onlyShared)).toEqual({ kind: 'unchanged' });
    expect(subs.heartbeat(conn, heartbeat({ subscribedTopicRegex: '' }), onlyShared)).toEqual({
      kind: 'unchanged',
    });
    expect(subs.heartbeat(conn, heartbeat({}), onlyShared)).toEqual({ kind: 'unchanged' });
    await subs.heartbeat(conn, heartbeat({ memberEpoch: 0, subscribedTopicRegex: 'shared' }), onlyShared);
    expect(subs.heartbeat(conn, heartbeat({ memberEpoch: -1 }), onlyShared)).toEqual({ kind: 'unchanged' });
    expect(subs.heartbeat(conn, heartbeat({}), onlyShared)).toEqual({ kind: 'unchanged' });
  });

  it('keeps resolving a regex while the member also sends topic names with the regex null (the broker keeps the regex)', async () => {
    // The coordinator updates a member's regex only when the field is non-null
    // (ConsumerGroupMember.Builder.maybeUpdateSubscribedTopicRegex(Optional.ofNullable(...)), Kafka 4.1.1):
    // names alone leave the regex, and its assignment, in force; a revoked Describe must still apply.
    const subs = new RegexSubscriptions(cluster(['shared', 'shared-2', 'secret']).catalog);
    const conn = connection();
    let may = (topics: readonly string[]) => topics.map((t) => t.startsWith('shared'));
    const first = await outcome(
      subs.heartbeat(conn, heartbeat({ subscribedTopicRegex: 'shared.*' }), (t) => may(t)),
    );
    expect(topicsOf(first)).toEqual(['shared', 'shared-2']);
    const names = await outcome(
      subs.heartbeat(conn, heartbeat({ subscribedTopicNames: ['other'] }), (t) => may(t)),
    );
    expect(names).toEqual({ kind: 'unchanged' });
    may = (topics) => topics.map((t) => t === 'shared');
    const revoked = await outcome(subs.heartbeat(conn, heartbeat({}), (t) => may(t)));
    expect(topicsOf(revoked)).toEqual(['shared']);
  });

  it('resolves to no topic when the cluster cannot be listed (fail closed)', async () => {
    const failing = new ClusterTopics({ listTopics: () => Promise.reject(new Error('down')) }, undefined, 0);
    const subs = new RegexSubscriptions(failing);
    const o = await outcome(
      subs.heartbeat(connection(), heartbeat({ memberEpoch: 0, subscribedTopicRegex: '.*' }), () => [true]),
    );
    expect(o.kind).toBe('rewrite');
    expect(topicsOf(o)).toEqual([]);
  });

  it('never sends the broker a regex longer than a Kafka string (32767 bytes): refused with INVALID_REGULAR_EXPRESSION instead', async () => {
    // Kafka's generated readers refuse a string field longer than 0x7fff bytes (RuntimeException
    // "string field subscribedTopicRegex had invalid length"), and the broker closes the connection.
    const many = Array.from({ length: 200 }, (_v, i) => `orders.${'x'.repeat(200)}.${i}`);
    const state = cluster(['shared']);
    const subs = new RegexSubscriptions(state.catalog);
    const conn = connection();
    const all = (topics: readonly string[]) => topics.map(() => true);
    const first = await subs.heartbeat(conn, heartbeat({ subscribedTopicRegex: 'orders\\..*|shared' }), all);
    expect(first).toMatchObject({ kind: 'rewrite' });
    // Topics created later make the resolution too long: the next heartbeat is refused, not forwarded.
    state.topics = ['shared', ...many];
    const later = await subs.heartbeat(conn, heartbeat({}), all);
    expect(later).toMatchObject({ kind: 'invalid' });
    if (later.kind === 'invalid') expect(later.message).toMatch(/32767/);
    // A full heartbeat with that regex is refused the same way.
    const full = await subs.heartbeat(conn, heartbeat({ subscribedTopicRegex: 'orders\\..*' }), all);
    expect(full).toMatchObject({ kind: 'invalid' });
    // A member regex that base64 would carry beyond the limit, though the client could send it.
    const long = `shared|${'a'.repeat(30000)}`;
    const own = await subs.heartbeat(conn, heartbeat({ subscribedTopicRegex: long }), all);
    expect(own).toMatchObject({ kind: 'invalid' });
    for (const o of [first, later, full, own]) {
      if (o.kind === 'rewrite') expect(Buffer.byteLength(o.regex)).toBeLessThanOrEqual(0x7fff);
    }
  });

  it('refuses a regex RE2/J cannot compile (the broker answers INVALID_REGULAR_EXPRESSION)', () => {
    const subs = new RegexSubscriptions(cluster(['shared']).catalog);
    const o = subs.heartbeat(connection(), heartbeat({ subscribedTopicRegex: '(?!secret).*' }), onlyShared);
    expect(o).toMatchObject({ kind: 'invalid' });
  });
});
