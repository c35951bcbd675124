// Every decision the proxy makes is handed to one DecisionSink. The audit work adds sinks (files,
// Kafka topics, metrics); this module has the interface, a fan-out, and the default sink: one pino
// log line per denial.

import type { Logger } from 'pino';
import type { PolicyDecision, ResourceDecision } from './engine.js';

export interface DecisionEvent {
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly connection: {
    readonly id: string;
    readonly remoteAddress?: string;
    readonly listener?: string;
    /** How the principal was established (sasl, tlsCertificate, sourceCidr, static, anonymous). */
    readonly identitySource?: string;
  };
  readonly decision: PolicyDecision;
  /** True when the decision came from the connection's cache (same policy generation). */
  readonly cached: boolean;
}

export interface DecisionSink {
  onDecision(event: DecisionEvent): void;
}

/** Hands each event to several sinks; one sink throwing does not starve the others. */
export class FanOutDecisionSink implements DecisionSink {
  constructor(
    private readonly sinks: readonly DecisionSink[],
    private readonly onSinkError: (error: unknown) => void = () => {},
  ) {}

  onDecision(event: DecisionEvent): void {
    for (const sink of this.sinks) {
      try {
        sink.onDecision(event);
      } catch (error) {
        this.onSinkError(error);
      }
    }
  }
}

function deniedParts(decision: PolicyDecision): ResourceDecision[] {
  // A denied API denies everything the request names for the same reason; one entry says it all.
  if (!decision.api.allowed) return [decision.api];
  return [...decision.topics, ...decision.groups, ...decision.transactionalIds].filter((d) => !d.allowed);
}

/** Logs one warn line per request that had anything denied; allowed requests are not logged. */
export class PinoDenialSink implements DecisionSink {
  constructor(private readonly logger: Logger) {}

  onDecision(event: DecisionEvent): void {
    const d = event.decision;
    if (d.allowed) return;
    this.logger.warn(
      {
        event: 'kafka.request.denied',
        connection: event.connection.id,
        remoteAddress: event.connection.remoteAddress,
        identitySource: event.connection.identitySource,
        principal: d.principal,
        clientId: d.clientId,
        api: d.apiName,
        apiKey: d.apiKey,
        apiVersion: d.apiVersion,
        policyGeneration: d.generation,
        denied: deniedParts(d).map((p) => ({
          kind: p.kind,
          name: p.name || undefined,
          rule: p.rule?.id,
          line: p.rule?.line,
          errorCode: p.errorCode,
          reason: p.reason,
        })),
      },
      'kafka request denied',
    );
  }
}

/** Keeps events in memory, for tests and diagnostics. */
export class RecordingDecisionSink implements DecisionSink {
  readonly events: DecisionEvent[] = [];
  onDecision(event: DecisionEvent): void {
    this.events.push(event);
  }
}
