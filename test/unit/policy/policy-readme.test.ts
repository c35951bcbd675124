// policies/README.md documents the role expansions and the API key table; these tests keep the
// document and the code from drifting apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allApiClassifications, classifyApiKey } from '../../../src/policy/api-classification.js';
import { ROLES, roleGrants } from '../../../src/policy/roles.js';
import { REPO_ROOT } from './policy-fixtures.js';

const readme = readFileSync(`${REPO_ROOT}policies/README.md`, 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = readme.slice(start + heading.length);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('policies/README.md', () => {
  it.each(ROLES)('lists exactly the API keys of the %s role', (role) => {
    const rows = [...section(`### \`${role}\``).matchAll(/^\| (\w+) \((\d+)\) \|/gm)].map((m) =>
      Number(m[2]),
    );
    expect(rows).toEqual(roleGrants(role).map((g) => g.apiKey));
  });

  it('lists every API key with its current category and name', () => {
    const rows = [...section('## Every API key').matchAll(/^\| (\d+) \| (\w+) \| `(\w+)` \| ([\w-]+) \|/gm)];
    expect(rows.map((m) => Number(m[1]))).toEqual(allApiClassifications().map((c) => c.apiKey));
    for (const m of rows) {
      const c = classifyApiKey(Number(m[1]))!;
      expect([m[2], m[3], m[4]]).toEqual([c.name, c.ciliumName, c.category]);
    }
  });
});
