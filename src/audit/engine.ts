/**
 * runAudit: walk the repo, run every check over shared facts, score the outcome.
 * Pure: no JupyterLab, no DOM, no Node import; the reader is the only way to the files.
 */
import type { Check } from './check';
import { ALL_CHECKS } from './checks';
import { applyIgnoresToCheck, applyIgnoresToWarnings } from './config/applyIgnores';
import { InlineIgnores } from './config/inlineIgnores';
import { readRepoConfig } from './config/readConfig';
import type { IgnoreRule } from './config/repoConfig';
import { DEFAULT_WEIGHTS } from './defaults';
import { RepoFacts } from './facts';
import type { PythonAnalyzer } from './python/analyzer';
import type { RepoReader } from './reader';
import { settleItemStatus } from './itemStatus';
import { repositoriesIn } from './repositories';
import { AuditReport, CheckId, CheckResult, scoreOf } from './report';
import { errorText, throwIfAborted, walkRepo } from './walk';

export interface AuditProgress {
  phase: 'walk' | 'check';
  /** Files listed so far (walk), or checks finished (check). */
  done: number;
  /** Known total, when there is one. */
  total?: number;
}

export interface AuditOptions {
  /** Ignore globs on top of the defaults and the repo config's `exclude` (gitignore style). */
  ignore?: readonly string[];
  maxFiles?: number;
  maxBytesPerFile?: number;
  /** Weights set explicitly (CLI flags, the user's settings): they win over the repo config's, which win over the defaults. */
  weights?: Partial<Record<CheckId, number>>;
  /** Items or finding codes to ignore, on top of the repo config's (CLI `--ignore-code`). */
  ignoreFindings?: readonly IgnoreRule[];
  /** The checks to run; all ten by default. */
  checks?: readonly Check[];
  signal?: AbortSignal;
  onProgress?: (progress: AuditProgress) => void;
  /** Clock for `stats.ms`; injectable so that reports can be compared byte for byte. */
  now?: () => number;
  /** Runs the Python analysis elsewhere (the CLI's worker threads); in this thread by default. */
  pythonAnalyzer?: PythonAnalyzer;
}

export async function runAudit(reader: RepoReader, options: AuditOptions = {}): Promise<AuditReport> {
  const now = options.now ?? (() => Date.now());
  const started = now();
  // The repo's own config first: its excludes shape the walk.
  const repoConfig = await readRepoConfig(reader);
  const config = repoConfig.config;
  const walk = await walkRepo(reader, {
    ignore: [...config.exclude, ...(options.ignore ?? [])],
    maxFiles: options.maxFiles,
    signal: options.signal,
    onProgress: done => options.onProgress?.({ phase: 'walk', done })
  });
  const facts = new RepoFacts(reader, walk, {
    maxBytesPerFile: options.maxBytesPerFile,
    signal: options.signal,
    pythonAnalyzer: options.pythonAnalyzer
  });
  const checks = options.checks ?? ALL_CHECKS;
  const weights = { ...DEFAULT_WEIGHTS, ...config.weights, ...options.weights };
  const rules = [...config.ignores, ...(options.ignoreFindings ?? [])];
  const inline = new InlineIgnores(facts);
  let finished = 0;
  // Checks run concurrently: they share facts, so whichever asks first computes and the rest wait.
  const results = await Promise.all(
    checks.map(async (check): Promise<CheckResult> => {
      const base = {
        id: check.id,
        title: check.title,
        weight: weights[check.id] ?? 0,
        why: check.why,
        sources: check.sources
      };
      try {
        const outcome = await check.run(facts);
        // Ignores, then the one rule between the item's status and its findings', for every check alike.
        return settleItemStatus(await applyIgnoresToCheck({ ...base, ...outcome }, rules, inline));
      } catch (err) {
        throwIfAborted(options.signal);
        // A bug in one check must not blank the report: the item is left out of the score, and says why.
        return {
          ...base,
          status: 'na',
          summary: 'This check could not run',
          findings: [{ status: 'warn', code: 'reading.internal-error', message: `Internal error in the ${check.id} check: ${errorText(err)}` }]
        };
      } finally {
        options.onProgress?.({ phase: 'check', done: ++finished, total: checks.length });
      }
    })
  );
  throwIfAborted(options.signal);
  const limitsHit = [...new Set([...walk.limitsHit, ...facts.limitsHit])];
  const warnings = await applyIgnoresToWarnings(
    [...repoConfig.warnings, ...walk.warnings, ...facts.warnings, ...inline.warnings],
    rules
  );
  const repositories = repositoriesIn([...walk.files.map(f => f.path), ...walk.vcsFolders]);
  return {
    version: 1,
    root: reader.root,
    score: scoreOf(results),
    checks: results,
    stats: { files: walk.files.length, bytesRead: facts.bytesRead, ms: Math.round(now() - started), limitsHit },
    warnings,
    ...(config.path ? { config: { path: config.path, weights: { ...config.weights } } } : {}),
    ...(repositories.length ? { repositories } : {})
  };
}
