// Topic ID -> name, for requests that name topics by ID (Fetch v13+, Produce v13, Metadata v12,
// DeleteTopics v6, OffsetCommit/OffsetFetch v10, ShareFetch, ShareAcknowledge). Fed by every
// Metadata response that passes the proxy; an ID not seen yet is looked up on the broker. An ID that
// cannot be resolved is reported as such and the caller denies it: nothing named by an unknown ID is
// ever forwarded.

import { LRUCache } from 'lru-cache';
import type { TopicLookup } from './broker-topic-lookup.js';

/** A name for the ID, or why there is none (`unknown`: the broker has no such topic). */
export type TopicIdResolution = { name: string } | { name: null; why: 'unknown' | 'unresolvable' };

/**
 * IDs are never reused (a recreated topic gets a new one), so entries stay valid; the bound is for
 * memory (the least recently used ID is dropped first, and looked up again if it comes back).
 */
const MAX_ENTRIES = 100_000;

export class TopicIdResolver {
  /** Name -> ID, the reverse of `names`, so that audit events can name both. */
  private readonly ids = new Map<string, string>();
  /** ID -> name; dropping an ID drops its reverse entry unless the name has a newer ID. */
  private readonly names = new LRUCache<string, string>({
    max: MAX_ENTRIES,
    dispose: (name, id) => {
      if (this.ids.get(name) === id) this.ids.delete(name);
    },
  });
  private lookups = 0;
  private failures = 0;

  constructor(
    private readonly lookup: TopicLookup | undefined,
    private readonly onLookupError: (error: Error) => void = () => {},
  ) {}

  /** Records an ID and its name, as seen in a Metadata response (or any response naming both). */
  learn(id: string, name: string): void {
    if (this.names.get(id) === name) return;
    this.names.set(id, name);
    this.ids.set(name, id);
  }

  /** The ID of a topic name the proxy has already seen (a recreated topic: its latest ID). */
  idOf(name: string): string | undefined {
    return this.ids.get(name);
  }

  /** The name of an ID the proxy has already seen. */
  known(id: string): string | undefined {
    return this.names.get(id);
  }

  /** Resolves every ID, asking the broker in one request for those not seen yet. */
  async resolve(ids: readonly string[]): Promise<Map<string, TopicIdResolution>> {
    const out = new Map<string, TopicIdResolution>();
    const missing: string[] = [];
    for (const id of ids) {
      const name = this.names.get(id);
      if (name !== undefined) out.set(id, { name });
      else if (!missing.includes(id)) missing.push(id);
    }
    if (missing.length === 0) return out;
    if (this.lookup === undefined) {
      for (const id of missing) out.set(id, { name: null, why: 'unresolvable' });
      return out;
    }
    this.lookups++;
    try {
      const answers = await this.lookup.lookup(missing);
      for (const answer of answers) {
        if (answer.name !== null) {
          this.learn(answer.id, answer.name);
          out.set(answer.id, { name: answer.name });
        } else {
          out.set(answer.id, { name: null, why: 'unknown' });
        }
      }
    } catch (error) {
      this.failures++;
      this.onLookupError(error as Error);
    }
    for (const id of missing) if (!out.has(id)) out.set(id, { name: null, why: 'unresolvable' });
    return out;
  }

  stats(): { entries: number; lookups: number; failures: number } {
    return { entries: this.names.size, lookups: this.lookups, failures: this.failures };
  }
}
