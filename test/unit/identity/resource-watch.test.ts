import { KubeConfig } from '@kubernetes/client-node';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ResourceWatch, type KubeList, type KubeObject } from '../../../src/identity/resource-watch.js';

/** A kubeconfig whose server refuses connections: the watch after a list fails and lists again. */
function unreachableKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: 'http://127.0.0.1:1' }],
    users: [{ name: 'u' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kc;
}

describe('ResourceWatch', () => {
  it('gives up on a list the API server never answers and lists again, so the watch still syncs', async () => {
    let calls = 0;
    const pod: KubeObject = { metadata: { name: 'p', namespace: 'n', resourceVersion: '7' } };
    const watch = new ResourceWatch<KubeObject>({
      kubeConfig: unreachableKubeConfig(),
      path: '/api/v1/pods',
      list: () => {
        calls++;
        // The first list hangs forever, as against a server that accepts and never answers.
        if (calls === 1) return new Promise<KubeList<KubeObject>>(() => undefined);
        return Promise.resolve({ items: [pod], metadata: { resourceVersion: '7' } });
      },
      listTimeoutMs: 100,
      retryMs: 10,
      retryMaxMs: 10,
    });
    const disconnected = once(watch, 'disconnected');
    const replaced = once(watch, 'replace');
    watch.start();
    try {
      const [error] = (await disconnected) as [Error];
      expect(error.message).toMatch(/no answer within 100 ms/);
      const [items] = (await replaced) as [KubeObject[]];
      expect(items).toEqual([pod]);
      expect(watch.synced).toBe(true);
      expect(calls).toBeGreaterThanOrEqual(2);
    } finally {
      watch.stop();
    }
  });
});
