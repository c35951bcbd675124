import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { dirname, basename } from 'node:path';
import type { Logger } from '../log.js';

/**
 * Watches a set of PEM files (certificate, key, CA bundle) and calls `onChange` with their new
 * contents after any of them changes. cert-manager and kubelet replace Secret files by swapping a
 * symlinked directory, so the directory is watched, not the file, and a short debounce lets a
 * certificate and its key both land before they are read together.
 */
export class ReloadingTlsFiles {
  private readonly watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly files: Record<string, string | undefined>,
    private readonly onChange: (contents: Record<string, Buffer | undefined>) => void,
    private readonly log: Logger,
    private readonly debounceMs = 200,
  ) {}

  /** Reads every file now; throws if one cannot be read (a startup error, not a reload error). */
  read(): Record<string, Buffer | undefined> {
    const contents: Record<string, Buffer | undefined> = {};
    for (const [name, path] of Object.entries(this.files)) {
      contents[name] = path === undefined ? undefined : readFileSync(path);
    }
    return contents;
  }

  start(): void {
    const directories = new Set<string>();
    for (const path of Object.values(this.files)) if (path !== undefined) directories.add(dirname(path));
    const names = new Set(
      Object.values(this.files)
        .filter((p): p is string => p !== undefined)
        .map((p) => basename(p)),
    );
    for (const directory of directories) {
      const watcher = watch(directory, { persistent: false }, (_event, filename) => {
        // Kubernetes swaps `..data`; plain deployments rewrite the file itself.
        if (filename === null || names.has(filename) || filename.startsWith('..')) this.schedule();
      });
      watcher.on('error', (error) => this.log.warn({ err: error, directory }, 'cannot watch TLS files'));
      this.watchers.push(watcher);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      try {
        this.onChange(this.read());
      } catch (error) {
        // A half-written pair must not take the listener down: keep the old context and say so.
        this.log.error(
          { err: error },
          'TLS files changed but could not be loaded; keeping the previous ones',
        );
      }
    }, this.debounceMs);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers) watcher.close();
    this.watchers.length = 0;
  }
}
