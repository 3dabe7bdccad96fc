/**
 * A corpus repository's files at its pinned commit, on disk, from a bare git directory (a `fetch` snapshot
 * under ../.mirror, or a clone). Snapshots lack files of 4 MiB and more and LFS content: such a file is written
 * as a sparse file (zeros) of its size, or of 4 MiB when git cannot tell the size of an absent blob, so the audit
 * still sees a large file there.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  /** -1 when the blob is absent and git cannot tell its size. */
  size: number;
  path: string;
}

/** What a snapshot leaves out: files of this size and more. */
export const SNAPSHOT_FILE_LIMIT = 4 * 1024 * 1024;

function git(gitDir: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
}

export function hasCommit(gitDir: string, commit: string): boolean {
  try {
    git(gitDir, ['cat-file', '-e', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function treeOf(gitDir: string, commit: string): TreeEntry[] {
  const out = git(gitDir, ['ls-tree', '-r', '-l', '-z', commit]).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) {
      continue;
    }
    const tab = record.indexOf('\t');
    const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/);
    entries.push({ mode, type, sha, size: /^\d+$/.test(size) ? Number(size) : -1, path: record.slice(tab + 1) });
  }
  return entries;
}

/** Read many blobs through one `git cat-file --batch`; a blob the snapshot lacks comes back undefined. */
async function readBlobs(gitDir: string, shas: string[]): Promise<Map<string, Buffer | undefined>> {
  const blobs = new Map<string, Buffer | undefined>();
  if (shas.length === 0) {
    return blobs;
  }
  const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`git cat-file exited with ${code}`))));
  });
  child.stdin.end(shas.join('\n') + '\n');
  await done;
  const all = Buffer.concat(chunks);
  let at = 0;
  for (const sha of shas) {
    const eol = all.indexOf(0x0a, at);
    const header = all.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const parts = header.split(' ');
    if (parts[1] === 'missing' || parts.length < 3) {
      blobs.set(sha, undefined);
      continue;
    }
    const size = Number(parts[2]);
    blobs.set(sha, all.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

/**
 * Write the tree of `commit` into `target` (emptied first). Skips the work when `target` already holds that
 * commit. Returns how many files were written and how many were absent from the snapshot.
 */
export async function checkout(
  gitDir: string,
  commit: string,
  target: string
): Promise<{ files: number; absent: number; reused: boolean }> {
  const marker = path.join(path.dirname(target), `.${path.basename(target)}.commit`);
  if (fs.existsSync(target) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === commit) {
    return { files: 0, absent: 0, reused: true };
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const entries = treeOf(gitDir, commit).filter(e => e.type === 'blob');
  const blobs = await readBlobs(gitDir, [...new Set(entries.map(e => e.sha))]);
  let absent = 0;
  for (const entry of entries) {
    const file = path.join(target, entry.path);
    if (!file.startsWith(target + path.sep)) {
      continue; // A path that would leave the checkout is not written.
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const bytes = blobs.get(entry.sha);
    if (entry.mode === '120000') {
      if (bytes) {
        fs.symlinkSync(bytes.toString('utf8'), file);
      }
      continue;
    }
    if (bytes === undefined) {
      absent++;
      const fd = fs.openSync(file, 'w');
      fs.ftruncateSync(fd, entry.size >= 0 ? entry.size : SNAPSHOT_FILE_LIMIT);
      fs.closeSync(fd);
    } else {
      fs.writeFileSync(file, bytes);
    }
  }
  fs.writeFileSync(marker, commit + '\n');
  return { files: entries.length, absent, reused: false };
}
