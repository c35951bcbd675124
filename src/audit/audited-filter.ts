// Wraps the enforcement filter with what the audit trail adds to the request path:
// - policy.mode audit: the policy decides every request (each decision reaches the audit trail as
//   allowed or would-deny) but the request is forwarded as the client sent it, whatever was decided;
// - audit.onFailure deny: while an audit sink is unhealthy, requests are not forwarded; the client
//   connection is closed, which clients treat as a retriable network error, so they resume by
//   themselves once the audit trail delivers again. ApiVersions and SASL are never refused.

import type { RequestDecision, RequestFilter } from '../connection/request-decision.js';
import { isAlwaysAllowed } from '../policy/api-classification.js';
import type { PolicyMode } from './decision-audit.js';

export interface AuditedFilterOptions {
  readonly mode: () => PolicyMode;
  /** False while the audit trail cannot record (AuditLog.admitsRequests). */
  readonly admitsRequests: () => boolean;
}

const FORWARD: RequestDecision = { outcome: 'forward' };
const AUDIT_UNAVAILABLE: RequestDecision = {
  outcome: 'close',
  reason: 'audit trail unavailable (audit.onFailure: deny); the client may retry',
};

/** `inner` as the audit trail needs it (see the file comment); the methods' types are RequestFilter's. */
export function auditedFilter(inner: RequestFilter, options: AuditedFilterOptions): RequestFilter {
  return {
    wantsFrame: (header) => inner.wantsFrame(header),
    // In audit mode every request is forwarded, one that does not decode too, which the streamed
    // path would close: there, requests are collected whole and decided as `decide` does.
    decideFromStart(request, size, start) {
      if (inner.decideFromStart === undefined || options.mode() === 'audit') return undefined;
      if (!isAlwaysAllowed(request.header.apiKey) && !options.admitsRequests()) return undefined;
      return inner.decideFromStart(request, size, start);
    },
    decide(request) {
      if (!isAlwaysAllowed(request.header.apiKey) && !options.admitsRequests()) return AUDIT_UNAVAILABLE;
      const decision = inner.decide(request);
      if (options.mode() !== 'audit') return decision;
      // Decided (and audited) for the record; forwarded unchanged.
      return decision instanceof Promise
        ? decision.then(
            () => FORWARD,
            () => FORWARD,
          )
        : FORWARD;
    },
  };
}
