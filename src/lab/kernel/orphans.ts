/**
 * Sessions the runner started, remembered in localStorage until shut down, so that a page reload in
 * the middle of a run does not leave a kernel behind: the next start shuts the leftovers down.
 */
import type { ServiceManager } from '@jupyterlab/services';

const STORAGE_KEY = 'jupyterlab-repro-audit:runner-sessions';

interface TrackedSession {
  sessionId: string;
  kernelId: string;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readTracked(): TrackedSession[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(t => typeof t?.sessionId === 'string' && typeof t?.kernelId === 'string') : [];
  } catch {
    return [];
  }
}

function writeTracked(tracked: TrackedSession[]): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(tracked));
  } catch {
    // Storage full or disabled: the run goes on, only reload clean-up is lost.
  }
}

export function trackSession(session: TrackedSession): void {
  writeTracked([...readTracked().filter(t => t.sessionId !== session.sessionId), session]);
}

export function untrackSession(sessionId: string): void {
  writeTracked(readTracked().filter(t => t.sessionId !== sessionId));
}

export function trackedSessions(): TrackedSession[] {
  return readTracked();
}

/**
 * Shuts down every tracked session and kernel still on the server (left by a reload mid-run).
 * Returns how many were shut down; never throws.
 */
export async function shutDownOrphans(serviceManager: ServiceManager.IManager): Promise<number> {
  const tracked = readTracked();
  let count = 0;
  for (const orphan of tracked) {
    try {
      await serviceManager.sessions.shutdown(orphan.sessionId);
      count++;
    } catch {
      // The session is gone already; its kernel may still be up.
    }
    try {
      await serviceManager.kernels.shutdown(orphan.kernelId);
    } catch {
      // Already gone: nothing to do.
    }
    untrackSession(orphan.sessionId);
  }
  return count;
}
