// The one normaliser of the differential harness: it turns a decoded answer into what must be equal
// between the proxy (in front of one broker) and the reference broker (another broker), by removing
// or reducing exactly what legitimately differs between two brokers and nothing else.
//
// What is compared as is: every error code, which entries appear and in what order, every resource
// name (topics, groups, transactional ids), authorized-operations bit sets, configuration names.
// What is reduced (each line is a reason):
//   - topic IDs: each cluster gives its own; mapped back to the topic name (`id:allowed`), `zero`
//     for the zero UUID, `id:?` for an ID neither cluster has;
//   - fetch session ids, member ids (and the leader's), producer ids: chosen at random by each
//     broker; only whether one was given (`set`) or not (0, '', -1) is compared;
//   - node ids, hosts, ports, racks, cluster id, controller id, leader ids and epochs, replica and ISR
//     lists: two single-node clusters started separately;
//   - throttle times, timestamps, log directory paths and sizes, configuration values (they hold
//     ports, paths and the reference's authorizer settings);
//   - offsets and watermarks: reduced to their sign (-1 "none" stays -1): both sides receive the
//     same writes, but the harness's own set-up writes are not synchronised to the offset;
//   - error messages: left out (the proxy's own answers word some of them differently or leave
//     them null; the error codes carry the decision);
//   - record bytes: whether a partition carries records (`records`) or not; leaks of record bytes
//     of a denied topic are checked separately (recordLeaks).

import { ZERO_UUID } from '../../protocol/index.js';

type Obj = Record<string, unknown>;

/** What `normalise` needs to know about the side an answer came from. */
export interface SideNames {
  /** Topic ID -> topic name on that side's cluster. */
  readonly nameOfId: ReadonlyMap<string, string>;
}

const DROPPED = new Set([
  'throttleTimeMs',
  'clusterId',
  'controllerId',
  'nodeId',
  'host',
  'port',
  'rack',
  'brokers',
  'leaderId',
  'leaderEpoch',
  'currentLeader',
  'nodeEndpoints',
  'replicaNodes',
  'isrNodes',
  'offlineReplicas',
  'eligibleLeaderReplicas',
  'lastKnownElr',
  'coordinatorEpoch',
  'logDir',
  'partitionSize',
  'offsetLag',
  'totalBytes',
  'usableBytes',
  'value',
  'synonyms',
  'documentation',
  'finalizedFeaturesEpoch',
  'lastFetchTimestamp',
  'lastCaughtUpTimestamp',
  'logAppendTimeMs',
  'timestamp',
  'maxTimestamp',
  'expiryTimestampMs',
  'issueTimestamp',
  'transactionStartTimeMs',
  'lastTimestamp',
  'replicaId',
  'replicaDirectoryId',
  'endpoints',
  'voterId',
  'nodes',
  'epoch',
  'preferredReadReplica',
  'divergingEpoch',
  'snapshotId',
  'abortedTransactions',
]);

const SIGN_ONLY =
  /Offset$|^offset$|Watermark$|^baseOffset$|^highWatermark$|^logStartOffset$|^lastStableOffset$|^committedOffset$|^endOffset$|^logEndOffset$/;

/** The normalised form of one decoded answer. */
export function normalise(response: unknown, side: SideNames): unknown {
  return walk(response, side, '');
}

function walk(v: unknown, side: SideNames, key: string): unknown {
  if (Array.isArray(v)) return v.map((x) => walk(x, side, key));
  if (Buffer.isBuffer(v)) return v.length > 0 ? 'records' : 'empty';
  if (v === null || typeof v !== 'object') return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v as Obj)) {
    if (k === '_unknownTaggedFields' || DROPPED.has(k)) continue;
    if (k === 'records') out[k] = x === null ? null : (x as Buffer).length > 0 ? 'records' : 'empty';
    else if (k === 'topicId' || k === 'id') out[k] = typeof x === 'string' ? idName(x, side) : x;
    else if (k === 'sessionId' || k === 'memberId' || k === 'producerId' || k === 'leader')
      out[k] = present(x);
    else if (k === 'errorMessage') continue;
    else if (SIGN_ONLY.test(k) && (typeof x === 'bigint' || typeof x === 'number'))
      out[k] = Number(x) >= 0 ? '>=0' : Number(x);
    else out[k] = walk(x, side, k);
  }
  return out;
}

function present(x: unknown): unknown {
  if (x === null) return null;
  if (typeof x === 'string') return x === '' ? '' : 'set';
  if (typeof x === 'bigint' || typeof x === 'number') return Number(x) > 0 ? 'set' : Number(x);
  return x;
}

function idName(id: string, side: SideNames): string {
  if (id === ZERO_UUID) return 'zero';
  const name = side.nameOfId.get(id);
  return name === undefined ? 'id:?' : `id:${name}`;
}

/**
 * Record bytes of a topic the principal may not read, in a Fetch or ShareFetch answer: each is a
 * leak whatever the reference says. `readable` says whether a topic name may be read.
 */
export function recordLeaks(
  response: unknown,
  side: SideNames,
  readable: (topic: string) => boolean,
): string[] {
  const leaks: string[] = [];
  const r = response as { responses?: Array<Obj> } | null;
  for (const t of r?.responses ?? []) {
    const name =
      typeof t.topic === 'string' && t.topic !== ''
        ? t.topic
        : (side.nameOfId.get(String(t.topicId)) ?? `id ${String(t.topicId)}`);
    for (const p of (t.partitions as Obj[] | undefined) ?? []) {
      const records = p.records as Buffer | null | undefined;
      if (records && records.length > 0 && !readable(name)) {
        leaks.push(`${name}[${String(p.partitionIndex)}]: ${records.length} record bytes`);
      }
    }
  }
  return leaks;
}

/** Every error code (`errorCode`, `partitionErrorCode`) in a normalised answer, in order. */
export function errorCodes(v: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object') {
      for (const [k, y] of Object.entries(x as Record<string, unknown>)) {
        if (k === 'errorCode' || k === 'partitionErrorCode') out.push(y);
        else walk(y);
      }
    }
  };
  walk(v);
  return out;
}

/** The first path at which two normalised answers differ, with both values, or undefined. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return `${path}: ${a.length} entries vs ${b.length}: ${short(a)} vs ${short(b)}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Obj)[k], (b as Obj)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ${short(a)} vs ${short(b)}`;
}

export function short(v: unknown, limit = 600): string {
  const text = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
  return text === undefined ? String(v) : text.length > limit ? `${text.slice(0, limit)}...` : text;
}
