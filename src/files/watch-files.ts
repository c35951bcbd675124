// One way to notice that files on disk changed, for the policy file and the TLS files alike.
//
// Kubernetes mounts a ConfigMap or Secret as a directory whose files are symlinks through `..data`,
// itself a symlink to a timestamped directory; an update writes a new timestamped directory and
// renames a new `..data` over the old one. Watching the file would follow the old inode forever, so
// the directories are watched, not the files. fs.watch is not supported everywhere (some network and
// overlay filesystems never report an event), so a slow poll compares each file's stat (inode, size,
// modification and change times, following symlinks) and reports a change when one of them moved.
// Events are debounced so that a certificate and its key, or a multi-step editor save, land before
// the caller reads them.

import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Logger } from '../log.js';

/** How `watchFiles` watches. */
export interface WatchFilesOptions {
  /** Quiet time (ms) after the last event before `onChange` runs. */
  readonly debounceMs: number;
  /** Interval (ms) of the stat poll that backs up fs.watch; 0 disables polling. */
  readonly pollIntervalMs: number;
  /** Where a failing directory watch is reported (as a warning; polling still runs). */
  readonly log?: Logger;
  /** What the files are, for log lines ("policy", "TLS"). */
  readonly what: string;
}

/** A running watch; `close()` stops the directory watchers, the poll and a pending debounce. */
export interface FileWatch {
  close(): void;
}

/**
 * Calls `onChange` (debounced, never concurrently with itself within one timer tick) after any of
 * `paths` may have changed: a directory event naming the file or a Kubernetes `..data` swap, or a
 * stat difference seen by the poll. `onChange` must read the files itself and tolerate a spurious
 * call (a directory event can fire for an unrelated file, and then nothing changed).
 * Throws nothing: a directory that cannot be watched is logged and left to the poll.
 */
export function watchFiles(
  paths: readonly string[],
  onChange: () => void,
  options: WatchFilesOptions,
): FileWatch {
  const watchers: FSWatcher[] = [];
  let debounce: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  const names = new Set(paths.map((p) => basename(p)));

  const schedule = (): void => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      onChange();
    }, options.debounceMs);
    debounce.unref();
  };

  for (const directory of new Set(paths.map((p) => dirname(p)))) {
    try {
      const watcher = watch(directory, { persistent: false }, (_event, filename) => {
        // Kubernetes swaps `..data`; plain deployments rewrite the file itself; some platforms
        // report no name at all.
        if (filename === null || names.has(filename) || filename.startsWith('..')) schedule();
      });
      watcher.on('error', (error) =>
        options.log?.warn(
          { err: error, directory },
          `${options.what} directory watch failed; relying on polling`,
        ),
      );
      watchers.push(watcher);
    } catch (error) {
      options.log?.warn(
        { err: error, directory },
        `cannot watch the ${options.what} directory; relying on polling`,
      );
    }
  }

  if (options.pollIntervalMs > 0) {
    let last = signature(paths);
    poller = setInterval(() => {
      const now = signature(paths);
      if (now === last) return;
      last = now;
      schedule();
    }, options.pollIntervalMs);
    poller.unref();
  }

  return {
    close(): void {
      for (const watcher of watchers) watcher.close();
      watchers.length = 0;
      clearInterval(poller);
      clearTimeout(debounce);
      poller = undefined;
      debounce = undefined;
    },
  };
}

/** Inode, size and times of each path (following symlinks), or `-` for one that cannot be stat'ed. */
function signature(paths: readonly string[]): string {
  return paths
    .map((path) => {
      try {
        const s = statSync(path, { bigint: true });
        return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}
