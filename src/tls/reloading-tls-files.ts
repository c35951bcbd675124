import { readFileSync } from 'node:fs';
import { watchFiles, type FileWatch } from '../files/watch-files.js';
import type { Logger } from '../log.js';

/**
 * Watches a set of PEM files (certificate, key, CA bundle) and calls `onChange` with their new
 * contents after any of them changes. cert-manager and kubelet replace Secret files by swapping a
 * symlinked directory, so the directory is watched, not the file (watchFiles, shared with the policy
 * store, with its stat poll where fs.watch reports nothing), and a short debounce lets a certificate
 * and its key both land before they are read together. `onChange` runs only when a file's bytes
 * differ from the last ones read.
 */
export class ReloadingTlsFiles {
  private watcher: FileWatch | undefined;
  private last: Record<string, Buffer | undefined> | undefined;

  constructor(
    private readonly files: Record<string, string | undefined>,
    private readonly onChange: (contents: Record<string, Buffer | undefined>) => void,
    private readonly log: Logger,
    private readonly debounceMs = 200,
    private readonly pollIntervalMs = 5000,
  ) {}

  /** Reads every file now; throws if one cannot be read (a startup error, not a reload error). */
  read(): Record<string, Buffer | undefined> {
    const contents: Record<string, Buffer | undefined> = {};
    for (const [name, path] of Object.entries(this.files)) {
      contents[name] = path === undefined ? undefined : readFileSync(path);
    }
    this.last = contents;
    return contents;
  }

  /** Starts watching the files' directories (and polling); `read()` should have run once before. */
  start(): void {
    const paths = Object.values(this.files).filter((p): p is string => p !== undefined);
    this.watcher = watchFiles(paths, () => this.reload(), {
      debounceMs: this.debounceMs,
      pollIntervalMs: this.pollIntervalMs,
      log: this.log,
      what: 'TLS',
    });
  }

  private reload(): void {
    const previous = this.last;
    try {
      const contents = this.read();
      if (previous !== undefined && sameContents(previous, contents)) return;
      this.onChange(contents);
    } catch (error) {
      // A half-written pair must not take the listener down: keep the old context and say so.
      this.log.error({ err: error }, 'TLS files changed but could not be loaded; keeping the previous ones');
    }
  }

  /** Stops watching and polling. */
  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }
}

function sameContents(a: Record<string, Buffer | undefined>, b: Record<string, Buffer | undefined>): boolean {
  return Object.keys(b).every((name) => {
    const x = a[name];
    const y = b[name];
    return x === undefined || y === undefined ? x === y : x.equals(y);
  });
}
