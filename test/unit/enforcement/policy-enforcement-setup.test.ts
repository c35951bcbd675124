import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/load-config.js';
import { startPolicyEnforcement } from '../../../src/enforcement/policy-enforcement-setup.js';
import { PolicyLoadError } from '../../../src/policy/index.js';
import { connectionFor, decideFrame, requestFrame } from './scenario-support.js';

function capturingLogger(): { log: pino.Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString());
      done();
    },
  });
  return {
    log: pino({ level: 'info' }, stream),
    lines: () =>
      out
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const upstream = { bootstrapServers: ['127.0.0.1:9'] };

describe('startPolicyEnforcement', () => {
  it('forwards everything without a policy file and warns that no policy is in force', async () => {
    const { log, lines } = capturingLogger();
    const enforcement = await startPolicyEnforcement(resolveConfig({ upstream }, {}), log);
    expect(enforcement).toBeUndefined();
    expect(lines().some((l) => l.event === 'policy.none' && l.level === 40)).toBe(true);
  });

  it('takes the policy file from KAFKA_L7_PROXY_POLICY_FILE and enforces it, logging denials', async () => {
    const { log, lines } = capturingLogger();
    const config = resolveConfig({ upstream }, { KAFKA_L7_PROXY_POLICY_FILE: 'policies/payments.yaml' });
    expect(config.policy.file).toBe('policies/payments.yaml');
    const enforcement = (await startPolicyEnforcement(config, log))!;
    try {
      const frame = requestFrame(0, 9, {
        acks: -1,
        timeoutMs: 100,
        topicData: [{ name: 'payments.events', partitionData: [{ index: 0 }] }],
      });
      const decision = await decideFrame(
        enforcement.filter,
        connectionFor({ principal: 'User:payments-api' }),
        frame,
      );
      expect(decision.outcome).toBe('answer');
      const denial = lines().find((l) => l.event === 'kafka.request.denied');
      expect(denial).toMatchObject({ principal: 'User:payments-api', api: 'Produce' });
    } finally {
      enforcement.close();
    }
  });

  it('refuses to start with an invalid policy file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setup-'));
    writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules: 3\n');
    const config = resolveConfig({ upstream, policy: { file: join(dir, 'bad.yaml') } }, {});
    await expect(startPolicyEnforcement(config, capturingLogger().log)).rejects.toBeInstanceOf(
      PolicyLoadError,
    );
  });

  it('forwards everything when the policy is configured but disabled', async () => {
    const config = resolveConfig(
      { upstream, policy: { file: 'policies/payments.yaml', enabled: false } },
      {},
    );
    expect(await startPolicyEnforcement(config, capturingLogger().log)).toBeUndefined();
  });
});
