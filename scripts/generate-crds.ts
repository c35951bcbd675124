// Writes the chart's CustomResourceDefinitions (charts/kafka-l7-proxy/crds/*.yaml) from
// policies/policy.schema.json. Run after changing the policy schema: `npm run crds`;
// test/unit/policy/policy-crds.test.ts fails while a file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CHART_CRD_DIR, crdFiles } from '../src/policy/policy-crds.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'policies', 'policy.schema.json'), 'utf8'));
mkdirSync(join(root, CHART_CRD_DIR), { recursive: true });
for (const [name, text] of crdFiles(schema, (v) => stringify(v, { lineWidth: 0 }))) {
  writeFileSync(join(root, CHART_CRD_DIR, name), text);
  console.log(`${CHART_CRD_DIR}/${name}`);
}
