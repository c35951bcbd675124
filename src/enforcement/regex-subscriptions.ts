// KIP-848 regex subscriptions (ConsumerGroupHeartbeat v1+ `SubscribedTopicRegex`). A broker with an
// authorizer resolves the regex (RE2/J syntax, full match) against every topic of the cluster and
// keeps only the topics the member may Describe; the broker behind the proxy has no authorizer and
// would assign every matching topic. So the proxy resolves the regex itself, with re2js (a port of
// RE2/J), against the cluster's topics (cluster-topics.ts) and the policy, and sends the broker an
// anchored alternation of exactly those topics instead. The member's own regex travels inside the
// rewritten one, in a branch that can never match, so that any proxy (another replica, or this one
// after a restart) shows a describer the member's regex and never the list (apis/group-protocols.ts).
//
// State, per connection and member (group id + member id): the member's regex and the regex last
// sent for it. Heartbeats repeat (every few seconds) with the regex null when unchanged; on each, the
// resolution is done again, and a changed result (a topic created or deleted, a reloaded policy) is
// sent as the member's new regex, which makes the coordinator resolve and assign again. Clients send
// their full subscription again on a new connection (after a proxy restart, or through another
// replica), so per-connection state suffices; a member this connection has not seen send a regex
// keeps what the broker holds for it, which a proxy resolved earlier. See docs/regex-subscriptions.md.

import { RE2JS } from 're2js';
import type { ConsumerGroupHeartbeatRequest } from '../../protocol/generated/index.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import type { ClusterTopics } from './cluster-topics.js';

/** Kafka's INVALID_REGULAR_EXPRESSION (Errors.java, code 128): the broker's answer to a regex RE2/J cannot compile. */
export const INVALID_REGULAR_EXPRESSION = 128;

/** A character class no character belongs to: a branch starting with it never matches. */
const NEVER = '[^\\x00-\\x{10FFFF}]';
/** Marks the member's own regex (base64url) at the end of a rewritten regex. */
const MARK = `${NEVER}kafka-l7-proxy-regex:`;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/**
 * The longest string a Kafka request may carry, in UTF-8 bytes: Kafka's generated readers refuse a
 * longer one ("string field subscribedTopicRegex had invalid length", ConsumerGroupHeartbeatRequestData
 * in kafka-clients 4.1.1) and the broker closes the connection.
 */
export const MAX_KAFKA_STRING_BYTES = 0x7fff;
/** Members remembered per connection (a client has one or a few); the oldest is forgotten beyond. */
const MAX_MEMBERS_PER_CONNECTION = 64;

/**
 * The regex the broker gets for a member whose regex `original` resolves to `topics`: an anchored
 * alternation of the quoted names (nothing else can match), then a never-matching branch carrying
 * `original`. With no topic, only that branch: the regex matches nothing.
 */
export function regexForTopics(original: string, topics: readonly string[]): string {
  const alternation = topics.length > 0 ? `^(?:${topics.map((t) => RE2JS.quote(t)).join('|')})$|` : '';
  return `${alternation}${MARK}${Buffer.from(original, 'utf8').toString('base64url')}`;
}

/** The member's own regex inside a regex `regexForTopics` wrote, or undefined for any other regex. */
export function originalRegexOf(regex: string): string | undefined {
  const at = regex.lastIndexOf(MARK);
  if (at < 0) return undefined;
  const encoded = regex.slice(at + MARK.length);
  return BASE64URL.test(encoded) ? Buffer.from(encoded, 'base64url').toString('utf8') : undefined;
}

/** The topics of `names` a regex matches as the group coordinator matches it (the whole name). */
export function matchingTopics(pattern: RE2JS, names: readonly string[]): string[] {
  return names.filter((name) => pattern.matcher(name).matches());
}

/** What to do with a heartbeat's SubscribedTopicRegex. */
export type RegexOutcome =
  | { readonly kind: 'unchanged' }
  /** Forward the heartbeat with this SubscribedTopicRegex. */
  | { readonly kind: 'rewrite'; readonly regex: string }
  /**
   * Answer INVALID_REGULAR_EXPRESSION with this error message: RE2/J would not compile the member's
   * regex, or the topics it resolves to do not fit in a Kafka string (MAX_KAFKA_STRING_BYTES).
   */
  | { readonly kind: 'invalid'; readonly message: string };

interface MemberRegex {
  readonly original: string;
  readonly pattern: RE2JS;
  sent: string;
}

/** For a list of topic names: whether the member's principal may Describe each (same order). */
export type MayDescribe = (topics: readonly string[]) => boolean[];

const UNCHANGED: RegexOutcome = { kind: 'unchanged' };

/** The member's regex as an error message shows it: at most 200 characters (the message is a Kafka string too). */
function shown(regex: string): string {
  return regex.length > 200 ? `${regex.slice(0, 200)}... (${regex.length} characters)` : regex;
}

/**
 * The refusal of a rewritten regex the broker could not read (longer than MAX_KAFKA_STRING_BYTES),
 * or undefined when it fits. Sending it would close the member's connection on every heartbeat; the
 * member is told instead, as the broker tells it of a regex it cannot use.
 */
function oversized(original: string, rewritten: string): RegexOutcome | undefined {
  const bytes = Buffer.byteLength(rewritten, 'utf8');
  if (bytes <= MAX_KAFKA_STRING_BYTES) return undefined;
  return {
    kind: 'invalid',
    message:
      `SubscribedTopicRegex ${shown(original)} resolves to more topics than the proxy can send the group ` +
      `coordinator: the list is ${bytes} bytes, a Kafka string at most ${MAX_KAFKA_STRING_BYTES}; use a narrower regex or topic names`,
  };
}

export class RegexSubscriptions {
  private readonly members = new WeakMap<ConnectionContext, Map<string, MemberRegex>>();

  /** `topics` undefined: no cluster listing, every regex resolves to nothing (fail closed). */
  constructor(private readonly topics: ClusterTopics | undefined) {}

  /**
   * The SubscribedTopicRegex to send for a heartbeat (v1+) the policy allowed. Synchronous when
   * nothing is to be done (a member without a regex); otherwise the cluster's topics may have to be
   * listed first.
   */
  heartbeat(
    connection: ConnectionContext,
    body: ConsumerGroupHeartbeatRequest,
    mayDescribe: MayDescribe,
  ): RegexOutcome | Promise<RegexOutcome> {
    const key = `${body.groupId}\u0000${body.memberId}`;
    const members = this.members.get(connection);
    const known = members?.get(key);
    const regex = body.subscribedTopicRegex;
    const leaving = body.memberEpoch < 0;
    if (regex === null || regex === '') {
      // An emptied regex or a leaving member: the regex state ends. Topic names with the regex null
      // do not end it: the coordinator changes a member's regex only when the field is non-null
      // (ConsumerGroupMember.Builder.maybeUpdateSubscribedTopicRegex, Kafka 4.1.1), so the regex it
      // holds stays in force and must still be resolved again.
      if (regex === '' || leaving) {
        members?.delete(key);
        return UNCHANGED;
      }
      if (known === undefined) return UNCHANGED;
      return this.resolve(known, mayDescribe).then((next) => {
        if (next === known.sent) return UNCHANGED;
        const refused = oversized(known.original, next);
        if (refused !== undefined) {
          members?.delete(key);
          return refused;
        }
        known.sent = next;
        return { kind: 'rewrite', regex: next };
      });
    }
    let pattern: RE2JS;
    try {
      pattern = RE2JS.compile(regex);
    } catch (error) {
      members?.delete(key);
      return {
        kind: 'invalid',
        message: `SubscribedTopicRegex ${shown(regex)} is not a valid regular expression: ${(error as Error).message}`,
      };
    }
    const member: MemberRegex = { original: regex, pattern, sent: '' };
    return this.resolve(member, mayDescribe).then((next) => {
      const refused = oversized(regex, next);
      if (refused !== undefined) {
        members?.delete(key);
        return refused;
      }
      member.sent = next;
      if (!leaving) this.remember(connection, key, member);
      else members?.delete(key);
      return { kind: 'rewrite', regex: next };
    });
  }

  private async resolve(member: MemberRegex, mayDescribe: MayDescribe): Promise<string> {
    const names = (await this.topics?.names()) ?? [];
    const matching = matchingTopics(member.pattern, names);
    const allowed = mayDescribe(matching);
    return regexForTopics(
      member.original,
      matching.filter((_t, i) => allowed[i]),
    );
  }

  private remember(connection: ConnectionContext, key: string, member: MemberRegex): void {
    let members = this.members.get(connection);
    if (members === undefined) {
      members = new Map();
      this.members.set(connection, members);
    }
    members.delete(key);
    if (members.size >= MAX_MEMBERS_PER_CONNECTION) members.delete(members.keys().next().value!);
    members.set(key, member);
  }
}
