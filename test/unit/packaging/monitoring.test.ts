// The Grafana dashboard and the Prometheus alerts the chart ships: the dashboard loads and every
// query names a metric a running proxy exports (read from its real /metrics); the rules read only
// exported metrics; the PrometheusRule the chart renders passes `promtool check rules`, and
// `promtool test rules` runs alerts/kafka-l7-proxy.rules.test.yaml on it, whose sample series fire
// each alert and keep it silent (and fail when an alert is broken); the chart renders both files as
// they are.

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { startObservedProxy, type ObservedProxy } from '../../../src/admin/observed-proxy.js';
import { resolveConfig } from '../../../src/config/load-config.js';
import { parsePrometheusText } from '../metrics/prometheus-text.js';
import { freeBrokerPortBase } from '../proxy/free-ports.js';
import { CHART_DIR, helmTemplate, parseObjects, run, tool, type K8sObject } from './packaging-tools.js';

const DASHBOARD = join(CHART_DIR, 'dashboards', 'kafka-l7-proxy.json');
const RULES = join(CHART_DIR, 'alerts', 'kafka-l7-proxy.rules.yaml');
const MINIMAL = join(CHART_DIR, 'ci', 'gateway-minimal-values.yaml');
const RULE_TESTS = join(CHART_DIR, 'alerts', 'kafka-l7-proxy.rules.test.yaml');

interface Dashboard {
  title: string;
  uid: string;
  panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
}
interface RuleFile {
  groups: Array<{ name: string; rules: Array<{ alert: string; expr: string }> }>;
}

/** Metric names a PromQL expression reads (the proxy's own and the stock Node.js process ones). */
function metricNames(expr: string): string[] {
  // Label lists of by/without/on/ignoring name labels, not metrics (`count by (nodejs_version)`).
  const withoutLabelLists = expr.replace(
    /\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g,
    '',
  );
  return [...withoutLabelLists.matchAll(/\b((?:kafka_l7_proxy|process|nodejs)_[a-zA-Z0-9_]+)\b/g)].map(
    (m) => m[1]!,
  );
}

let proxy: ObservedProxy | undefined;
/** Every sample name the real /metrics can carry: family names, and a histogram's _bucket/_sum/_count. */
const exported = new Set<string>();

beforeAll(async () => {
  proxy = await startObservedProxy(
    resolveConfig(
      {
        listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: await freeBrokerPortBase([1]) },
        upstream: { bootstrapServers: ['127.0.0.1:1'], connectTimeoutMs: 1000 },
        admin: { port: 0, host: '127.0.0.1' },
        audit: { stdout: { enabled: false } },
        logging: { level: 'silent' },
      },
      {},
    ),
    pino({ level: 'silent' }),
  );
  const text = await (await fetch(`${proxy.observability.admin!.url}/metrics`)).text();
  for (const [name, family] of parsePrometheusText(text)) {
    exported.add(name);
    if (family.type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) exported.add(name + s);
    if (family.type === 'summary') for (const s of ['_sum', '_count']) exported.add(name + s);
  }
}, 60_000);
afterAll(async () => {
  await proxy?.stop();
});

describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;

  it('loads as a dashboard with panels and queries', () => {
    expect(dashboard).toMatchObject({ title: 'kafka-l7-proxy', uid: 'kafka-l7-proxy' });
    expect(dashboard.panels.length).toBeGreaterThan(8);
    for (const panel of dashboard.panels) expect(panel.targets.length, panel.title).toBeGreaterThan(0);
  });

  it("names in every query only metrics a running proxy's /metrics exports", () => {
    expect(exported).toContain('process_cpu_seconds_total');
    for (const panel of dashboard.panels) {
      for (const { expr } of panel.targets) {
        const names = metricNames(expr);
        expect(names.length, `${panel.title}: ${expr}`).toBeGreaterThan(0);
        for (const name of names) expect(exported.has(name), `${panel.title}: ${name}`).toBe(true);
      }
    }
  });
});

describe('the Prometheus alerts', () => {
  const rules = parseYaml(readFileSync(RULES, 'utf8')) as RuleFile;
  const alerts = rules.groups.flatMap((g) => g.rules);

  it('cover denials spike, rejected reload, audit drops, brokers unreachable, a failing control connection and an unbound listener', () => {
    expect(alerts.map((a) => a.alert)).toEqual([
      'KafkaL7ProxyDenialsSpike',
      'KafkaL7ProxyPolicyReloadRejected',
      'KafkaL7ProxyAuditEventsDropped',
      'KafkaL7ProxyUpstreamUnreachable',
      'KafkaL7ProxyControlConnectionFailing',
      'KafkaL7ProxyListenerNotBound',
    ]);
  });

  it('read only metrics the proxy exports', () => {
    for (const { alert, expr } of alerts) {
      const names = metricNames(expr);
      expect(names.length, alert).toBeGreaterThan(0);
      for (const name of names) expect(exported.has(name), `${alert}: ${name}`).toBe(true);
    }
  });

  it('each have a promtool unit test that fires it and one that keeps it silent', () => {
    const tests = parseYaml(readFileSync(RULE_TESTS, 'utf8')) as {
      tests: Array<{ alert_rule_test: Array<{ alertname: string; exp_alerts: unknown[] }> }>;
    };
    const cases = tests.tests.flatMap((t) => t.alert_rule_test);
    for (const { alert } of alerts) {
      expect(
        cases.some((c) => c.alertname === alert && c.exp_alerts.length > 0),
        `${alert} fires`,
      ).toBe(true);
      expect(
        cases.some((c) => c.alertname === alert && c.exp_alerts.length === 0),
        `${alert} silent`,
      ).toBe(true);
    }
  });
});

describe('the chart', () => {
  const objects = parseObjects(
    helmTemplate(
      CHART_DIR,
      [MINIMAL],
      ['--set', 'prometheusRule.enabled=true', '--set', 'grafanaDashboard.enabled=true'],
    ),
  );

  it('renders the alerts file as a PrometheusRule', () => {
    const rule = objects.find((o) => o.kind === 'PrometheusRule');
    expect(rule?.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(rule?.spec).toEqual(parseYaml(readFileSync(RULES, 'utf8')));
  });

  it("renders the dashboard into a ConfigMap with the Grafana sidecar's label", () => {
    const map = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.endsWith('-dashboard'));
    expect(map?.metadata.labels?.grafana_dashboard).toBe('1');
    const data = (map as unknown as { data: Record<string, string> }).data;
    expect(JSON.parse(data['kafka-l7-proxy.json']!)).toEqual(JSON.parse(readFileSync(DASHBOARD, 'utf8')));
  });

  it('renders neither by default', () => {
    const plain = parseObjects(helmTemplate(CHART_DIR, [MINIMAL]));
    expect(
      plain.filter((o) => o.kind === 'PrometheusRule' || o.metadata.name.endsWith('-dashboard')),
    ).toEqual([]);
  });
});

describe('promtool on the rendered PrometheusRule', () => {
  let dir: string;
  let rendered: RuleFile;
  const RULES_NAME = 'kafka-l7-proxy.rules.yaml';
  const TESTS_NAME = 'kafka-l7-proxy.rules.test.yaml';

  beforeAll(() => {
    tool('promtool');
    dir = mkdtempSync(join(tmpdir(), 'kafka-l7-proxy-promtool-'));
    const objects = parseObjects(
      helmTemplate(CHART_DIR, [MINIMAL], ['--set', 'prometheusRule.enabled=true']),
    );
    const rule = objects.find((o): o is K8sObject => o.kind === 'PrometheusRule');
    if (!rule) throw new Error('the chart rendered no PrometheusRule');
    // A PrometheusRule's spec is a Prometheus rule file.
    rendered = rule.spec as RuleFile;
    writeFileSync(join(dir, RULES_NAME), stringifyYaml(rendered));
    copyFileSync(RULE_TESTS, join(dir, TESTS_NAME));
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const promtool = (...args: string[]) => run(tool('promtool'), args, dir);

  it('passes promtool check rules', () => {
    const result = promtool('check', 'rules', RULES_NAME);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('SUCCESS: 6 rules found');
  });

  it('passes promtool test rules: every alert fires on its sample series and stays silent on the others', () => {
    const result = promtool('test', 'rules', TESTS_NAME);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('SUCCESS');
  });

  it.each([
    'KafkaL7ProxyDenialsSpike',
    'KafkaL7ProxyPolicyReloadRejected',
    'KafkaL7ProxyAuditEventsDropped',
    'KafkaL7ProxyUpstreamUnreachable',
    'KafkaL7ProxyListenerNotBound',
  ])('fails promtool test rules when %s never fires', (alert) => {
    const broken = structuredClone(rendered);
    for (const group of broken.groups) {
      for (const rule of group.rules)
        if (rule.alert === alert) rule.expr = `(${rule.expr}) and on() vector(0) > 1`;
    }
    const name = `broken-${alert}`;
    writeFileSync(join(dir, `${name}.rules.yaml`), stringifyYaml(broken));
    const tests = readFileSync(RULE_TESTS, 'utf8').replace(RULES_NAME, `${name}.rules.yaml`);
    writeFileSync(join(dir, `${name}.test.yaml`), tests);
    const result = promtool('test', 'rules', `${name}.test.yaml`);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`alertname: ${alert}`);
  });
});
