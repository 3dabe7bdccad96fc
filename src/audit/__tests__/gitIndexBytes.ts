/**
 * A real `.git/index` for in-memory test repos: git itself writes it, for a repo with these files where only
 * `tracked` are added (force-added when a `.gitignore` among the files would refuse them).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function gitIndexBytes(files: Record<string, string>, tracked: string[]): Uint8Array {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'gitindex-'));
  try {
    execFileSync('git', ['init', '-q'], { cwd: repo });
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      fs.writeFileSync(path.join(repo, name), text);
    }
    if (tracked.length) {
      execFileSync('git', ['add', '-f', '--', ...tracked], { cwd: repo });
    }
    return new Uint8Array(fs.readFileSync(path.join(repo, '.git', 'index')));
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
}
