/**
 * A git directory holding a corpus repository's pinned commit: the `fetch` snapshot beside the project
 * (`../.mirror/owner+name/repo`, or REPRO_AUDIT_CORPUS_MIRRORS), else a bare clone of our own under corpus/mirrors/.
 * Shared by `npm run corpus` and `npm run leakage-real`.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { hasCommit } from './checkout';

export function gitDirFor(project: string, repo: string, commit: string): string {
  const [owner, name] = repo.split('/');
  const mirrors = process.env.REPRO_AUDIT_CORPUS_MIRRORS ?? path.resolve(project, '..', '.mirror');
  const mirror = path.join(mirrors, `${owner}+${name}`);
  // A snapshot is a bare git directory at `repo`, or a clone whose git directory is `repo/.git`.
  for (const candidate of [path.join(mirror, 'repo'), path.join(mirror, 'repo', '.git'), mirror]) {
    if (fs.existsSync(candidate) && hasCommit(candidate, commit)) {
      return candidate;
    }
  }
  const own = path.join(project, 'corpus', 'mirrors', `${owner}+${name}.git`);
  if (!fs.existsSync(own)) {
    execFileSync('git', ['clone', '--quiet', '--bare', `https://github.com/${repo}.git`, own], { stdio: 'inherit' });
  }
  if (!hasCommit(own, commit)) {
    execFileSync('git', ['--git-dir', own, 'fetch', '--quiet', 'origin', commit], { stdio: 'inherit' });
  }
  return own;
}
