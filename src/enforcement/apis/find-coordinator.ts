// FindCoordinator (10): where a group's or a transaction's coordinator is.
// - Names: the coordinator key (v0-3 one, v4+ a batch): a group id for key type 0, a transactional
//   id for key type 1, Describe on each; a share-partition key (type 2, brokers only) is answered
//   as the broker answers a client: 31 (v6+) or 42 for every key.
// - Denial: v0-3 the whole request (no coordinator: node -1, port -1); v4+ key by key: the allowed
//   keys are looked up by the broker, the denied ones answered here, in the request's order.
// - Reveals nothing beyond what the request names.

import { ErrorCode } from '../../../protocol/errors.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { decidedApi } from './api-module.js';
import { firstCode } from './request-decider.js';

/** `CoordinatorType.TRANSACTION` (key type 1); 0 is a group. */
const TRANSACTION_KEY_TYPE = 1;
/**
 * `CoordinatorType.SHARE` (key type 2, KIP-932): a share partition's state coordinator, looked up by
 * brokers. The broker refuses it below v6 (INVALID_REQUEST) and from v6 authorizes ClusterAction,
 * which no client holds (KafkaApis.getCoordinator, Kafka 4.1): every key CLUSTER_AUTHORIZATION_FAILED.
 */
const SHARE_KEY_TYPE = 2;
const SHARE_KEYS_FROM = 6;
/** v4+ batches coordinator keys (KIP-699). */
const BATCHED_FROM = 4;

export const findCoordinator = decidedApi(ApiKey.FindCoordinator, {
  decide(ctx, body) {
    if (body.keyType === SHARE_KEY_TYPE) {
      const decision = ctx.policy.decisions.decide(ctx.base());
      const code =
        ctx.version >= SHARE_KEYS_FROM ? ErrorCode.CLUSTER_AUTHORIZATION_FAILED : ErrorCode.INVALID_REQUEST;
      return ctx.answerOrClose(body, code, decision);
    }
    const batched = ctx.version >= BATCHED_FROM;
    const keys = batched ? body.coordinatorKeys : [body.key];
    const transactional = body.keyType === TRANSACTION_KEY_TYPE;
    const decision = ctx.policy.decisions.decide({
      ...ctx.base(),
      ...(transactional ? { transactionalIds: keys } : { groups: keys }),
    });
    if (decision.allowed) return ctx.forward();
    const verdicts = transactional ? decision.transactionalIds : decision.groups;
    const code = verdicts.find((v) => !v.allowed)?.errorCode ?? firstCode(decision);
    if (!batched || !verdicts.some((v) => v.allowed)) return ctx.answerOrClose(body, code, decision);
    const codes = verdicts.map((v) => (v.allowed ? 0 : (v.errorCode ?? code)));
    const forwarded = ctx.encode({ ...body, coordinatorKeys: keys.filter((_k, i) => codes[i] === 0) });
    return ctx.split(forwarded, (response) => {
      const byKey = new Map(response.coordinators.map((c) => [c.key, c]));
      response.coordinators = keys.flatMap((key, i) => {
        if (codes[i] !== 0) {
          return [{ key, nodeId: -1, host: '', port: -1, errorCode: codes[i]!, errorMessage: null }];
        }
        const entry = byKey.get(key);
        return entry === undefined ? [] : [entry];
      });
    });
  },
  denial(response, request, version, code) {
    if (version < BATCHED_FROM) {
      response.nodeId = -1;
      response.port = -1;
      return;
    }
    response.coordinators = request.coordinatorKeys.map((key) => ({
      key,
      nodeId: -1,
      host: '',
      port: -1,
      errorCode: code,
      errorMessage: null,
    }));
  },
});
