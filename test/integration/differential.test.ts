// The differential harness's CI slice (test/differential/README.md): a bounded, seeded run of
// generated requests and stateful sequences, through the proxy and to the reference broker with
// StandardAuthorizer and the translated ACLs. Every difference not justified by the allowlist, and
// any record byte of a topic the principal may not read, fails the test with the request and both
// answers. DIFFERENTIAL_REQUESTS and DIFFERENTIAL_SEED change the size and the seed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDifferential, startDifferential, type DifferentialEnv } from '../differential/differential.js';

const REQUESTS = Number(process.env.DIFFERENTIAL_REQUESTS ?? 1000);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261130);

let env: DifferentialEnv;

beforeAll(async () => {
  env = await startDifferential();
}, 900_000);

afterAll(async () => {
  await env?.stop();
});

describe('the proxy answers generated requests like StandardAuthorizer with the translated ACLs', () => {
  it(`${REQUESTS} generated requests (seed ${SEED}) and stateful sequences: no unexplained difference, no record leak`, async () => {
    const report = await runDifferential(env, { requests: REQUESTS, seed: SEED });
    console.log(
      `differential: ${report.requests} requests in ${Math.round(report.elapsedMs / 1000)} s, ` +
        `${report.differences.length} differences, allowlisted ${JSON.stringify(report.allowlisted)}, ` +
        `proxy outcomes ${JSON.stringify(report.outcomes)}, ${Object.keys(report.perApi).length} API keys; ` +
        `allowlist entries that matched nothing: ${report.unusedAllowlist.join(', ') || 'none'}`,
    );
    expect(report.leaks).toEqual([]);
    expect(report.differences).toEqual([]);
    // Coverage: every offered API key was generated, and most requests were answered.
    expect(Object.keys(report.perApi).length).toBeGreaterThanOrEqual(env.offered.length);
  }, 1_200_000);
});
