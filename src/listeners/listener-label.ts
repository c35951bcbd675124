import type { ListenerTarget } from './listener-manager.js';

/**
 * The name of a proxy listener in logs, metrics labels, audit events and policy conditions:
 * `bootstrap`, or `node-<id>` for the listener that stands for broker node `<id>`.
 */
export function listenerLabel(target: ListenerTarget): string {
  return target.kind === 'node' ? `node-${target.nodeId}` : 'bootstrap';
}
