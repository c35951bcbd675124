import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../src/config/load-config.js';
import { freeBrokerPortBase } from './free-ports.js';
import { ResponseReader, ScriptedBroker, connectTo, requestFrame } from './scripted-broker.js';

const brokers: ScriptedBroker[] = [];
afterEach(async () => {
  for (const broker of brokers.splice(0)) await broker.stop();
});

describe('kafka-l7-proxy run', () => {
  it('accepts the documented example configuration', () => {
    const config = loadConfigFile('examples/proxy.yaml', {});
    expect(config.listen.bootstrapPort).toBe(9092);
    expect(config.upstream.bootstrapServers).toEqual(['kafka-0.kafka-brokers.kafka.svc:9092']);
  });

  it('serves clients with environment overrides, then drains and exits 0 on SIGTERM', async () => {
    const broker = new ScriptedBroker();
    brokers.push(broker);
    await broker.start();
    broker.respond = () => ({ body: Buffer.alloc(7), delayMs: 400 });
    const base = await freeBrokerPortBase([1]);
    const bootstrapPort = base; // base + 0 is free too
    const dir = mkdtempSync(join(tmpdir(), 'run-command-'));
    const configPath = join(dir, 'proxy.yaml');
    writeFileSync(configPath, 'upstream:\n  bootstrapServers: ["127.0.0.1:1"]\nlisten:\n  host: 127.0.0.1\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', configPath],
      {
        env: {
          ...process.env,
          KAFKA_L7_PROXY_UPSTREAM_BOOTSTRAP: `127.0.0.1:${broker.port}`,
          KAFKA_L7_PROXY_BOOTSTRAP_PORT: String(bootstrapPort),
          KAFKA_L7_PROXY_BROKER_PORT_BASE: String(base),
          KAFKA_L7_PROXY_LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 20_000;
    while (!output.includes('kafka-l7-proxy started')) {
      if (Date.now() > deadline) throw new Error(`proxy did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const socket = await connectTo(bootstrapPort);
    const responses = new ResponseReader(socket);
    socket.write(requestFrame(12, 4, 7, Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0])));
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await responses.closed;
    expect(responses.correlationIds()).toEqual([7]);
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
  });
});
