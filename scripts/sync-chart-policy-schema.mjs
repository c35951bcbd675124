#!/usr/bin/env node
// Copies policies/policy.schema.json into the chart's values.schema.json, so that `helm install`
// and `helm lint` check `policy.document` against the same schema as the proxy does. Run after
// changing the policy schema; test/unit/packaging/chart-render.test.ts fails while the copy is stale.
//   node scripts/sync-chart-policy-schema.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const valuesSchemaPath = join(root, 'charts', 'kafka-l7-proxy', 'values.schema.json');
const policySchema = JSON.parse(readFileSync(join(root, 'policies', 'policy.schema.json'), 'utf8'));
const valuesSchema = JSON.parse(readFileSync(valuesSchemaPath, 'utf8'));

// The policy schema's own references point at #/definitions/<name>; they keep resolving once its
// definitions sit at the root of values.schema.json.
const { $schema: _schema, $id: _id, definitions = {}, ...document } = policySchema;
valuesSchema.definitions = { ...definitions, policyDocument: document };
valuesSchema.properties.policy.properties.document = {
  description: 'The policy document (policies/policy.schema.json); empty: deny everything.',
  anyOf: [{ type: 'object', maxProperties: 0 }, { $ref: '#/definitions/policyDocument' }],
};
// Written as Prettier formats it, so that `npm run lint` (prettier --check) passes on the result.
const prettierOptions = { ...(await prettier.resolveConfig(valuesSchemaPath)), filepath: valuesSchemaPath };
writeFileSync(
  valuesSchemaPath,
  await prettier.format(JSON.stringify(valuesSchema, null, 2), prettierOptions),
);
