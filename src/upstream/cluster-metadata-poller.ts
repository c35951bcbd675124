import type { UpstreamConfig } from '../config/proxy-config.js';
import type { Logger } from '../log.js';
import { BootstrapMetadata } from './bootstrap-metadata.js';
import type { BrokerDirectory } from './broker-directory.js';
import { isConnectFailure, type UpstreamTls } from './connect-upstream.js';

/**
 * The proxy's own control connection. It asks a bootstrap broker for the list of brokers (a Metadata
 * request naming no topics) at start, every `refreshMs`, and on demand when a client connects to the
 * listener of a node the proxy has not seen yet, so that node listeners exist before clients are told
 * about them and survive a proxy restart. Against brokers that require SASL it authenticates with
 * `upstream.sasl` (PLAIN or SCRAM); without those credentials the broker refuses it and the proxy
 * learns nodes only from the Metadata responses that pass through, which is logged once.
 */
export class ClusterMetadataPoller {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private warned = false;
  private stopped = false;
  private readonly brokers: BootstrapMetadata;

  constructor(
    bootstrapServers: string[],
    private readonly directory: BrokerDirectory,
    upstreamTls: UpstreamTls | undefined,
    connectTimeoutMs: number,
    private readonly refreshMs: number,
    private readonly log: Logger,
    sasl?: UpstreamConfig['sasl'],
    /** Told after each refresh whether a broker could be connected to (its answer aside). */
    private readonly onConnectOutcome: (ok: boolean) => void = () => {},
  ) {
    this.brokers = new BootstrapMetadata(bootstrapServers, {
      tls: upstreamTls,
      timeoutMs: connectTimeoutMs,
      sasl,
    });
  }

  start(): Promise<void> {
    this.timer = setInterval(() => void this.refresh(), this.refreshMs);
    this.timer.unref();
    return this.refresh();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.brokers.close();
  }

  /** One refresh at a time; concurrent callers share it. Never rejects. */
  refresh(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.inFlight ??= this.fetchBrokers()
      .then(
        () => {
          this.warned = false;
          this.onConnectOutcome(true);
        },
        (error: unknown) => {
          // A broker that answered (even with an error) is reachable; only a failed connect is not.
          this.onConnectOutcome(!isConnectFailure(error));
          const log = { err: (error as Error).message };
          if (!this.warned)
            this.log.warn(log, 'cannot fetch the broker list; learning brokers from client traffic only');
          else this.log.debug(log, 'broker list refresh failed');
          this.warned = true;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async fetchBrokers(): Promise<void> {
    const response = await this.brokers.metadata([]);
    for (const broker of response.brokers) {
      this.directory.learn(broker.nodeId, { host: broker.host, port: broker.port });
    }
  }
}
