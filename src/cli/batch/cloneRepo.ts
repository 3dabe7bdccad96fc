/** A shallow clone of a git URL into a temporary folder of its own, removed by `remove()`. */
import { execFile } from 'child_process';
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
    execFile('git', args, { timeout: timeoutMs, env, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : err.killed ? `timed out after ${Math.round(timeoutMs / 1000)} s` : fatalLine(stderr) || err.message;
        reject(new Error(`git ${args[0]} failed: ${why}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

export async function shallowClone(url: string, timeoutMs: number): Promise<Clone> {
  const parent = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'repro-audit-batch-'));
  const remove = () => fs.promises.rm(parent, { recursive: true, force: true });
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
