import type { UpstreamConfig } from '../config/proxy-config.js';
import type { Logger } from '../log.js';
import { BootstrapMetadata } from './bootstrap-metadata.js';
import type { BrokerDirectory } from './broker-directory.js';
import type { UpstreamTls } from './connect-upstream.js';
import {
  ControlSessionStatus,
  controlFailureText,
  describeControlFailure,
  offeredSaslMechanisms,
  type ControlAttemptFailure,
} from './control-session-status.js';

/**
 * The proxy's own control connection. It asks a bootstrap broker for the list of brokers (a Metadata
 * request naming no topics) at start, every `refreshMs`, and on demand when a client connects to the
 * listener of a node the proxy has not seen yet, so that node listeners exist before clients are told
 * about them and survive a proxy restart. Against brokers that require SASL it authenticates with
 * `upstream.sasl` (PLAIN or SCRAM); without those credentials the broker refuses it and the proxy
 * learns nodes only from the Metadata responses that pass through. Each refresh tries the bootstrap
 * brokers in turn until one answers; `status` says whether the last refresh got an answer (/readyz),
 * the log says when that changes, and while it fails the refresh is retried sooner (1 s, doubling up
 * to `refreshMs`) so that a recovery shows quickly.
 */
export class ClusterMetadataPoller {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = 0;
  private lastProblems = '';
  private stopped = false;
  private readonly brokers: BootstrapMetadata;
  /** Whether the control connection works (handshake, authentication and a Metadata answer). */
  readonly status = new ControlSessionStatus();

  constructor(
    bootstrapServers: string[],
    private readonly directory: BrokerDirectory,
    upstreamTls: UpstreamTls | undefined,
    connectTimeoutMs: number,
    private readonly refreshMs: number,
    private readonly log: Logger,
    private readonly sasl?: UpstreamConfig['sasl'],
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
    clearTimeout(this.retry);
    this.brokers.close();
  }

  /** One refresh at a time; concurrent callers share it. Never rejects. */
  refresh(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.inFlight ??= this.fetchBrokers()
      .then(
        (failures) => {
          if (this.stopped) return; // failures of sessions stop() closed say nothing
          if (failures.length === 0) this.recovered();
          else this.failing(failures);
        },
        (error: unknown) => this.log.error({ err: (error as Error).message }, 'broker list refresh threw'),
      )
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private recovered(): void {
    this.onConnectOutcome(true);
    const wasFailing = this.status.isFailing;
    this.status.answered();
    if (wasFailing) this.log.info('the control connection answers again: broker list fetched');
    this.lastProblems = '';
    this.retryMs = 0;
  }

  private failing(failures: readonly ControlAttemptFailure[]): void {
    // A broker that answered (even with an error) is reachable; only failed connects are not.
    this.onConnectOutcome(failures.some((f) => f.reason !== 'unreachable'));
    this.status.failed(failures);
    const problems = failures.map(controlFailureText).join('; ');
    const log = { err: problems };
    if (problems !== this.lastProblems)
      this.log.warn(
        log,
        'cannot fetch the broker list: learning brokers from client traffic only, topic IDs unresolved, /readyz not ready',
      );
    else this.log.debug(log, 'broker list refresh failed');
    this.lastProblems = problems;
    if (this.stopped) return;
    this.retryMs = Math.min(this.refreshMs, this.retryMs === 0 ? 1000 : this.retryMs * 2);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.refresh(), this.retryMs);
    this.retry.unref();
  }

  /** Asks the bootstrap brokers in turn until one answers; resolves with the failures when none did. */
  private async fetchBrokers(): Promise<ControlAttemptFailure[]> {
    const failures: ControlAttemptFailure[] = [];
    for (const server of this.brokers.rotation()) {
      try {
        const response = await this.brokers.metadataFrom(server, []);
        for (const broker of response.brokers) {
          this.directory.learn(broker.nodeId, { host: broker.host, port: broker.port });
        }
        return [];
      } catch (error) {
        failures.push(await this.diagnose(server, error));
        if (this.stopped) break;
      }
    }
    return failures;
  }

  private async diagnose(server: string, error: unknown): Promise<ControlAttemptFailure> {
    // Closed before any answer, without credentials: ask the broker whether it requires SASL.
    const closedUnauthenticated =
      this.sasl === undefined && describeControlFailure(server, error, false).reason === 'closed';
    const offered =
      closedUnauthenticated && !this.stopped
        ? await offeredSaslMechanisms(server, this.brokers.sessionOptions)
        : undefined;
    return describeControlFailure(server, error, this.sasl !== undefined, offered);
  }
}
