// The names of every topic of the upstream cluster, as a broker lists them (Metadata for all topics
// on a control session of the proxy's own), kept for a few seconds. KIP-848 regex subscriptions are
// resolved against it (regex-subscriptions.ts), as the group coordinator resolves them against every
// topic of its metadata image. The IDs that come with the names are taught to the topic ID resolver.

import type { TopicLookup } from './broker-topic-lookup.js';
import type { TopicIdResolver } from './topic-id-resolver.js';

/** How long a listing is used before the broker is asked again: about one KIP-848 heartbeat interval. */
export const CLUSTER_TOPICS_MAX_AGE_MS = 5_000;

const ERROR_REPORT_INTERVAL_MS = 60_000;

export class ClusterTopics {
  private listed: { names: readonly string[]; at: number } | undefined;
  /** When a failure was last reported: at most one report a minute (heartbeats retry every few seconds). */
  private reportedAt = -Infinity;
  private pending: Promise<readonly string[] | undefined> | undefined;

  constructor(
    private readonly lookup: Pick<TopicLookup, 'listTopics'>,
    private readonly topicIds?: TopicIdResolver,
    private readonly maxAgeMs = CLUSTER_TOPICS_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
    private readonly onError: (error: Error) => void = () => {},
  ) {}

  /**
   * Every topic name of the cluster, at most `maxAgeMs` old; one broker request at a time however
   * many callers wait. When the broker cannot be asked: the last listing, else undefined (the caller
   * must then treat the cluster as having no topic it may name: fail closed).
   */
  names(): Promise<readonly string[] | undefined> {
    if (this.listed !== undefined && this.now() - this.listed.at < this.maxAgeMs) {
      return Promise.resolve(this.listed.names);
    }
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<readonly string[] | undefined> {
    try {
      const topics = await this.lookup.listTopics();
      for (const t of topics) this.topicIds?.learn(t.id, t.name);
      this.listed = { names: topics.map((t) => t.name).sort(), at: this.now() };
    } catch (error) {
      if (this.now() - this.reportedAt >= ERROR_REPORT_INTERVAL_MS) {
        this.reportedAt = this.now();
        this.onError(error as Error);
      }
    }
    return this.listed?.names;
  }
}
