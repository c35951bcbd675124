// ShareFetch (KIP-932) answers judged partition by partition. A share session is kept by the broker
// per group and member id, and a ShareFetch reads every partition of it, not only those the request
// names; the broker authorizes Read on each of them for the principal of the request. The proxy
// decides the group and the named topics before forwarding (policy-enforcement-filter.ts), and then
// every partition in the broker's answer for the principal of the request under the policy in force:
// a refused one comes back TOPIC_AUTHORIZATION_FAILED (29) without records or acquired records. The
// proxy does not keep a copy of share sessions: the broker behind it has acquired those records for
// the member and releases them when their acquisition lock times out (policies/README.md).

import { ErrorCode } from '../../protocol/errors.js';
import type { ShareFetchResponse } from '../../protocol/generated/index.js';
import type { RequestDecision, RequestHeaderInfo } from '../connection/request-decision.js';
import type { ConnectionDecisions } from '../policy/index.js';
import { decodeResponseFrame, responseFrameWithBody } from './request-codec.js';
import type { TopicIdResolver } from './topic-id-resolver.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

const SHARE_FETCH = ApiKey.ShareFetch;
const EMPTY = Buffer.alloc(0);

/**
 * `decision` as it was, unless it forwards the request unchanged: then the same forwarding with the
 * broker's answer filtered (refused topics: every partition 29, no records, no acquired records; an ID
 * the proxy cannot name: UNKNOWN_TOPIC_ID (100)).
 */
export function withShareFetchAnswerFiltered(
  decision: RequestDecision,
  header: RequestHeaderInfo,
  frame: Buffer,
  decisions: ConnectionDecisions,
  topicIds: TopicIdResolver,
): RequestDecision {
  if (decision.outcome !== 'forward') return decision;
  const version = header.apiVersion;
  return {
    outcome: 'forward-modified',
    frame,
    rewriteResponse: (responseFrame) => {
      const { body, headerEnd } = decodeResponseFrame(responseFrame, SHARE_FETCH, version);
      const response = body as ShareFetchResponse;
      const names = response.responses.map((t) => topicIds.known(t.topicId) ?? null);
      if (names.length === 0) return responseFrame;
      const verdicts = decisions.decide({
        apiKey: header.apiKey,
        apiVersion: version,
        clientId: header.clientId,
        topics: names.filter((n): n is string => n !== null),
      }).topics;
      let next = 0;
      let changed = false;
      response.responses.forEach((topic, i) => {
        let code: number = ErrorCode.UNKNOWN_TOPIC_ID;
        if (names[i] !== null) {
          const v = verdicts[next++]!;
          code = v.allowed ? 0 : (v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
        }
        if (code === 0) return;
        changed = true;
        topic.partitions = topic.partitions.map((p) => ({
          ...p,
          errorCode: code,
          errorMessage: null,
          records: EMPTY,
          acquiredRecords: [],
        }));
      });
      return changed
        ? responseFrameWithBody(responseFrame, headerEnd, SHARE_FETCH, version, response)
        : responseFrame;
    },
  };
}
