/** A shallow clone of a git URL into a temporary folder of its own, removed by `remove()`. */
import { ChildProcess, execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface Clone {
  dir: string;
  /** The commit checked out, when git says. */
  commit?: string;
  remove(): Promise<void>;
}

/** git says why on its `fatal:` line; further lines only add advice. */
function fatalLine(stderr: string): string | undefined {
  const lines = stderr.trim().split('\n').map(l => l.trim()).filter(Boolean);
  return lines.find(l => l.startsWith('fatal:'))?.replace(/^fatal:\s*/, '') ?? lines[0];
}

function git(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // No prompt for credentials: a private or missing repo fails instead of waiting for a person.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo' };
    const child = execFile('git', args, { timeout: timeoutMs, env, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      liveGits.delete(child);
      if (err) {
        const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : err.killed ? `timed out after ${Math.round(timeoutMs / 1000)} s` : fatalLine(stderr) || err.message;
        reject(new Error(`git ${args[0]} failed: ${why}`));
      } else {
        resolve(stdout);
      }
    });
    liveGits.add(child);
  });
}

/** Temporary folders of clones not yet removed: a stopped run removes them on its way out. */
const liveClones = new Set<string>();

/** git processes running: stopped before their clone is removed, or they would write into it meanwhile. */
const liveGits = new Set<ChildProcess>();

/** Stops every git still running and removes every clone still there, synchronously (for a signal handler). */
export function removeLiveClonesSync(): void {
  for (const child of liveGits) {
    child.kill('SIGKILL');
  }
  for (const parent of liveClones) {
    try {
      fs.rmSync(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // Best effort on the way out: the folder is under the system's temporary folder.
    }
  }
  liveClones.clear();
}

export async function shallowClone(url: string, timeoutMs: number): Promise<Clone> {
  const parent = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'repro-audit-batch-'));
  liveClones.add(parent);
  const remove = async () => {
    await fs.promises.rm(parent, { recursive: true, force: true });
    liveClones.delete(parent);
  };
  const dir = path.join(parent, 'repo');
  try {
    // `--` : a URL starting with `-` is a URL, not an option.
    await git(['clone', '--depth', '1', '--quiet', '--no-tags', '--', url, dir], timeoutMs);
    const commit = (await git(['-C', dir, 'rev-parse', 'HEAD'], timeoutMs).catch(() => '')).trim() || undefined;
    return { dir, commit, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}
