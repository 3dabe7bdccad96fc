/**
 * How the repo keeps large files out of git: Git LFS patterns, DVC outputs and `.gitignore` rules,
 * read once for the data and model checks. Only these small config files are read, never the data.
 */
import { defineFact, RepoFacts } from '../facts';
import { baseName } from '../reader';
import { parseGitIndex } from './gitIndex';
import { isDvcFile, DvcOutput, dvcOutputFor, parseDvcFile } from './dvc';
import { lfsRuleFor, LfsRule, parseGitAttributes } from './gitattributes';
import { IgnoreRule, isGitIgnored, parseGitIgnore } from './gitignore';

export interface DataTracking {
  /** `.gitattributes` files holding at least one `filter=lfs` pattern. */
  lfsSources: string[];
  /** DVC files (`*.dvc`, `dvc.yaml`, `dvc.lock`) in the repo. */
  dvcFiles: string[];
  /** Every output those DVC files name. */
  dvcOutputs: DvcOutput[];
  /** The `filter=lfs` rule that puts `path` in LFS, if any. */
  lfsRule(path: string): LfsRule | undefined;
  /** The DVC output that covers `path`, if any. */
  dvcOutput(path: string): DvcOutput | undefined;
  /** True when a `.gitignore` rule matches `path` (an output the code may make, if it is not there). */
  ignored(path: string): boolean;
  /**
   * True when a file that is here is not in git, so a clone would not have it: ignored and not in git's index.
   * A force-added file is committed whatever `.gitignore` says; in a checkout without git metadata (an archive,
   * a copy, an image built from the repo) every file here came with the repo.
   */
  keptOut(path: string): boolean;
}

/** The index is read whole, up to this size (about 100,000 entries). */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;

type GitMetadata = { kind: 'index'; tracked: Set<string> } | { kind: 'none' } | { kind: 'unknown' };

/** What git says is tracked: its index when readable; none when the folder has no `.git`; else unknown. */
async function gitMetadata(facts: RepoFacts): Promise<GitMetadata> {
  try {
    const tracked = parseGitIndex(await facts.reader.read('.git/index', MAX_INDEX_BYTES));
    if (tracked) {
      return { kind: 'index', tracked };
    }
  } catch {
    // No index to read here: see below whether there is git metadata at all.
  }
  let root: { name: string }[];
  try {
    root = await facts.reader.list('');
  } catch {
    return { kind: 'unknown' };
  }
  // A `.git` we cannot read (a worktree's `.git` file, a hidden folder) leaves it open; no `.git` at all settles it,
  // but only when the reader shows dot-files (the `.gitignore` being read says so).
  return root.some(e => e.name === '.git') ? { kind: 'unknown' } : { kind: 'none' };
}

/** Parents before children, so that nested files override the root's (git's precedence). */
function byDepth(a: string, b: string): number {
  const depth = (p: string) => p.split('/').length;
  return depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}

async function textsNamed(facts: RepoFacts, test: (path: string) => boolean): Promise<{ path: string; text: string }[]> {
  const paths = facts.files.map(f => f.path).filter(test).sort(byDepth);
  const texts = await Promise.all(paths.map(path => facts.text(path)));
  return texts.flatMap(t => (t.text === undefined ? [] : [{ path: t.path, text: t.text }]));
}

export const DATA_TRACKING = defineFact<DataTracking>('dataTracking', async facts => {
  const [attributes, ignores, dvcTexts] = await Promise.all([
    textsNamed(facts, p => baseName(p) === '.gitattributes'),
    textsNamed(facts, p => baseName(p) === '.gitignore'),
    textsNamed(facts, isDvcFile)
  ]);
  const lfsRules: LfsRule[] = attributes.flatMap(f => parseGitAttributes(f.text, f.path));
  const ignoreRules: IgnoreRule[] = ignores.flatMap(f => parseGitIgnore(f.text, f.path));
  // Git's index matters only where an ignore rule could keep a file out.
  const git: GitMetadata = ignoreRules.length ? await gitMetadata(facts) : { kind: 'none' };
  const dvcOutputs: DvcOutput[] = [];
  for (const file of dvcTexts) {
    const parsed = parseDvcFile(file.text, file.path);
    if (parsed.error) {
      facts.warn({ status: 'warn', code: 'reading.dvc-invalid', message: parsed.error, path: file.path });
      // A broken pointer still says what it tracks by its name: `data.csv.dvc` tracks `data.csv`.
      if (file.path.endsWith('.dvc')) {
        dvcOutputs.push({ path: file.path.slice(0, -'.dvc'.length), source: file.path, line: 1 });
      }
    }
    dvcOutputs.push(...parsed.outputs);
  }
  return {
    lfsSources: [...new Set(lfsRules.filter(r => r.lfs).map(r => r.source))],
    dvcFiles: facts.files.map(f => f.path).filter(isDvcFile),
    dvcOutputs,
    lfsRule: path => {
      const rule = lfsRuleFor(lfsRules, path);
      return rule?.lfs ? rule : undefined;
    },
    dvcOutput: path => dvcOutputFor(dvcOutputs, path),
    ignored: path => isGitIgnored(ignoreRules, path),
    keptOut: path =>
      isGitIgnored(ignoreRules, path) && (git.kind === 'index' ? !git.tracked.has(path) : git.kind === 'unknown')
  };
});
