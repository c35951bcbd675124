import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ErrorCode, errorName } from '../../../protocol/index.js';

const require = createRequire(import.meta.url);
const kafkajsErrors = (
  require('kafkajs/src/protocol/error.js') as { errorCodes: { type: string; code: number }[] }
).errorCodes;

// kafkajs uses older or shortened names for a few codes; the numbers are what matters on the wire.
const RENAMED: Record<string, string> = {
  UNKNOWN: 'UNKNOWN_SERVER_ERROR',
  NOT_LEADER_FOR_PARTITION: 'NOT_LEADER_OR_FOLLOWER',
  GROUP_LOAD_IN_PROGRESS: 'COORDINATOR_LOAD_IN_PROGRESS',
  GROUP_COORDINATOR_NOT_AVAILABLE: 'COORDINATOR_NOT_AVAILABLE',
  NOT_COORDINATOR_FOR_GROUP: 'NOT_COORDINATOR',
};

describe('Kafka error codes', () => {
  it('include the codes the proxy answers with (docs/kafka-protocol-facts.md, from Errors.java)', () => {
    expect(ErrorCode).toMatchObject({
      NONE: 0,
      UNKNOWN_SERVER_ERROR: -1,
      UNKNOWN_TOPIC_OR_PARTITION: 3,
      TOPIC_AUTHORIZATION_FAILED: 29,
      GROUP_AUTHORIZATION_FAILED: 30,
      CLUSTER_AUTHORIZATION_FAILED: 31,
      UNSUPPORTED_SASL_MECHANISM: 33,
      ILLEGAL_SASL_STATE: 34,
      UNSUPPORTED_VERSION: 35,
      INVALID_REQUEST: 42,
      TRANSACTIONAL_ID_AUTHORIZATION_FAILED: 53,
      SASL_AUTHENTICATION_FAILED: 58,
      UNKNOWN_TOPIC_ID: 100,
    });
  });

  it('agree with the independent table in kafkajs for every code both know', () => {
    let compared = 0;
    for (const { type, code } of kafkajsErrors) {
      const name = errorName(code);
      if (name === undefined) continue;
      expect(name, `code ${code}`).toBe(RENAMED[type] ?? type);
      compared++;
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('map every code to one name', () => {
    const codes = Object.values(ErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
