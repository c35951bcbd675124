// The external tools of the packaging tests (helm, promtool, kubernetes-validate, hadolint), installed outside
// the repository by scripts/ci-packaging-tools.sh, and small wrappers around them.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHART_DIR = join(REPO_ROOT, 'charts', 'kafka-l7-proxy');

const TOOLS_BIN = join(
  process.env.KAFKA_L7_PROXY_TOOLS ?? join(homedir(), '.cache', 'kafka-l7-proxy'),
  'bin',
);

/**
 * Path of a tool. A missing tool is an error, not a skip: a skip would let CI pass without ever
 * rendering the chart.
 */
export function tool(name: 'helm' | 'promtool' | 'kubernetes-validate' | 'hadolint'): string {
  const path = join(TOOLS_BIN, name);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: run scripts/ci-packaging-tools.sh (it installs helm, promtool, kubernetes-validate, hadolint)`,
    );
  }
  return path;
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(
  command: string,
  args: readonly string[],
  cwd = REPO_ROOT,
  env: NodeJS.ProcessEnv = process.env,
): RunResult {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A rendered Kubernetes object. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

export const RELEASE = 'payments';
export const NAMESPACE = 'kafka-proxy';

/** `helm template` of a chart; throws with helm's message when it refuses the values. */
export function helmTemplate(
  chartDir: string,
  valueFiles: readonly string[],
  extraArgs: readonly string[] = [],
): string {
  const args = ['template', RELEASE, chartDir, '--namespace', NAMESPACE];
  for (const file of valueFiles) args.push('--values', file);
  const result = run(tool('helm'), [...args, ...extraArgs]);
  if (result.status !== 0) throw new Error(`helm template failed:\n${result.stderr}`);
  return result.stdout;
}

export function parseObjects(manifest: string): K8sObject[] {
  return parseAllDocuments(manifest)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`rendered YAML does not parse: ${doc.errors[0]!.message}`);
      return doc.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null);
}

/**
 * Validates manifest files against the Kubernetes JSON schemas of one Kubernetes version, strictly
 * (unknown fields are errors). Kinds without a schema (CRDs) are reported in `unknownKinds`.
 */
export function kubernetesValidate(
  files: readonly string[],
  kubernetesVersion: string,
): { ok: boolean; failures: string[]; unknownKinds: string[]; passed: number } {
  const result = run(tool('kubernetes-validate'), ['--strict', '-k', kubernetesVersion, ...files]);
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.trim() !== '');
  const failures = lines.filter((l) => l.startsWith('ERROR') || l.startsWith('Traceback'));
  const unknownKinds = lines.filter((l) => l.startsWith('WARN') && l.includes("Couldn't find schema"));
  const passed = lines.filter((l) => l.startsWith('INFO') && l.includes(' passed ')).length;
  return {
    ok: result.status === 0 && failures.length === 0,
    failures: failures.length > 0 ? failures : lines,
    unknownKinds,
    passed,
  };
}
