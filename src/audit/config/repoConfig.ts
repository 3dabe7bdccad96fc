/**
 * A repo's own audit configuration, as linters have one: `.repro-audit.toml` (or `repro-audit.toml`, which
 * Jupyter Server does not hide) at the root, or `[tool.repro-audit]` in its `pyproject.toml`.
 *
 *   exclude = ["vendor/", "data/raw/**"]        # globs, added to the walk's ignores
 *   [weights]                                   # item -> weight in the score
 *   hardware = 0
 *   [ignore]                                    # item id or finding code -> why (a reason is required)
 *   "seeds.unseeded-before-use" = "the notebook shows what an unseeded run looks like"
 *   # or, to ignore a code in some files only:
 *   [[ignore]]
 *   code = "seeds.call-without-seed"
 *   paths = ["tests/**"]
 *   reason = "tests draw at random on purpose"
 *
 * Whatever is wrong in it (broken TOML, an unknown key, code or item, an ignore without a reason, a weight that
 * is not a number) becomes a `config.*` warning naming the line, never a crash; the rest still applies.
 */
import { parse } from 'smol-toml';
import { FindingCode, isFindingCode } from '../codes';
import { GlobMatcher, compileGlobs } from '../glob';
import { CHECK_IDS, CheckId, Finding } from '../report';
import { TomlLines, firstLine, tomlErrorLine } from '../deps/tomlLines';

/** What an ignore names: a whole item, or one code of finding. */
export type IgnoreTarget = CheckId | FindingCode;

export interface IgnoreRule {
  target: IgnoreTarget;
  reason: string;
  /** Only findings whose primary path matches one of these globs; every path when absent. */
  paths?: string[];
}

export interface RepoConfig {
  /** The file it came from; undefined when the repo has none. */
  path?: string;
  ignores: IgnoreRule[];
  weights: Partial<Record<CheckId, number>>;
  exclude: string[];
}

export const EMPTY_CONFIG: RepoConfig = { ignores: [], weights: {}, exclude: [] };

/** Where the config is looked for, first found wins (as ruff does: its own dot-file, its own file, pyproject). */
export const CONFIG_FILES = ['.repro-audit.toml', 'repro-audit.toml', 'pyproject.toml'] as const;

const KNOWN_KEYS = ['ignore', 'weights', 'exclude'];

export function isIgnoreTarget(text: string): text is IgnoreTarget {
  return (CHECK_IDS as readonly string[]).includes(text) || isFindingCode(text);
}

/** The config's table in a file's text: the whole document, or pyproject's `[tool.repro-audit]` (undefined if none). */
export function parseRepoConfig(text: string, path: string): { config?: RepoConfig; warnings: Finding[] } {
  const lines = new TomlLines(text);
  const pyproject = path === 'pyproject.toml';
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    // A broken pyproject.toml is the dependencies item's to report; only say so if it was meant to configure us.
    if (pyproject && !text.includes('repro-audit')) {
      return { warnings: [] };
    }
    const warning: Finding = {
      status: 'warn',
      code: 'config.invalid-toml',
      message: `The audit's configuration in ${path} is not valid TOML, so none of it applies: ${firstLine(err)}`,
      path,
      ...(tomlErrorLine(err) ? { line: tomlErrorLine(err) } : {})
    };
    return { warnings: [warning] };
  }
  const table = pyproject ? tableAt(doc, ['tool', 'repro-audit']) : doc;
  if (!table) {
    return { warnings: [] };
  }
  const warnings: Finding[] = [];
  const warn = (code: FindingCode, message: string, line: number | undefined) =>
    warnings.push({ status: 'warn', code, message, path, ...(line ? { line } : {}) });
  const base = pyproject ? 'tool.repro-audit.' : '';
  const lineOf = (key: string, section?: string): number | undefined => {
    const start = section !== undefined ? lines.header(base + section) : pyproject ? lines.header('tool.repro-audit') : 1;
    return lines.key(key, start ?? 1) ?? lines.string(key, start ?? 1) ?? start;
  };

  for (const key of Object.keys(table)) {
    if (!KNOWN_KEYS.includes(key)) {
      warn('config.unknown-key', `Unknown key "${key}" in the audit's configuration (known: ${KNOWN_KEYS.join(', ')})`, lineOf(key));
    }
  }
  const config: RepoConfig = { path, ignores: [], weights: {}, exclude: [] };

  const weights = table.weights;
  if (weights !== undefined) {
    if (!isTable(weights)) {
      warn('config.bad-weight', 'weights must be a table of item = number', lineOf('weights'));
    } else {
      for (const [id, value] of Object.entries(weights)) {
        if (!(CHECK_IDS as readonly string[]).includes(id)) {
          warn('config.bad-weight', `weights: unknown item "${id}" (items: ${CHECK_IDS.join(', ')})`, lineOf(id, 'weights'));
        } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          warn('config.bad-weight', `weights: ${id} must be a number of 0 or more, not ${JSON.stringify(value)}`, lineOf(id, 'weights'));
        } else {
          config.weights[id as CheckId] = value;
        }
      }
    }
  }

  const exclude = table.exclude;
  if (exclude !== undefined) {
    const globs = typeof exclude === 'string' ? [exclude] : exclude;
    if (!Array.isArray(globs) || globs.some(g => typeof g !== 'string')) {
      warn('config.bad-exclude', 'exclude must be a list of glob strings', lineOf('exclude'));
    } else {
      config.exclude.push(...(globs as string[]));
    }
  }

  const ignore = table.ignore;
  if (ignore !== undefined) {
    const entries = ignoreEntries(ignore);
    if (!entries) {
      warn('config.unknown-key', 'ignore must be a table of code = "reason", or a list of { code, reason }', lineOf('ignore'));
    }
    for (const entry of entries ?? []) {
      const line = lineOf(entry.target) ?? lineOf('ignore');
      if (!isIgnoreTarget(entry.target)) {
        warn('config.unknown-code', `ignore: "${entry.target}" is neither an item nor a known finding code (see docs/codes.md)`, line);
      } else if (!entry.reason) {
        warn('config.ignore-without-reason', `ignore: "${entry.target}" has no reason, so it is not applied: say why it is ignored`, line);
      } else if (entry.paths === null) {
        warn('config.bad-exclude', `ignore: the paths of "${entry.target}" must be a list of glob strings`, line);
      } else {
        config.ignores.push({ target: entry.target, reason: entry.reason, ...(entry.paths ? { paths: entry.paths } : {}) });
      }
    }
  }
  // In the file's order, as a reader fixes them.
  return { config, warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

interface RawIgnore {
  target: string;
  reason: string;
  /** null: present but not a list of strings. */
  paths?: string[] | null;
}

/** The ignores of either shape: `{ code = "reason" }`, or `[{ code|item = ..., reason = ..., paths = [...] }]`. */
function ignoreEntries(value: unknown): RawIgnore[] | undefined {
  if (isTable(value)) {
    return Object.entries(value).map(([target, reason]) => ({ target, reason: reasonText(reason) }));
  }
  if (Array.isArray(value)) {
    return value.map(item => {
      if (!isTable(item)) {
        return { target: String(item), reason: '' };
      }
      const target = String(item.code ?? item.item ?? '');
      const paths = item.paths;
      const validPaths =
        paths === undefined ? undefined : Array.isArray(paths) && paths.every(p => typeof p === 'string') ? (paths as string[]) : null;
      return { target, reason: reasonText(item.reason), paths: validPaths };
    });
  }
  return undefined;
}

function reasonText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function tableAt(doc: Record<string, unknown>, keys: string[]): Record<string, unknown> | undefined {
  let at: unknown = doc;
  for (const key of keys) {
    if (!isTable(at)) {
      return undefined;
    }
    at = at[key];
  }
  return isTable(at) ? at : undefined;
}

const compiledPaths = new WeakMap<IgnoreRule, GlobMatcher>();

/** Whether an ignore rule covers a finding of this item (by item id or code, and path when it names paths). */
export function ruleMatches(rule: IgnoreRule, checkId: string | undefined, finding: Finding): boolean {
  if (rule.target !== finding.code && rule.target !== checkId) {
    return false;
  }
  if (!rule.paths) {
    return true;
  }
  let matcher = compiledPaths.get(rule);
  if (!matcher) {
    matcher = compileGlobs(rule.paths);
    compiledPaths.set(rule, matcher);
  }
  return finding.path !== undefined && matcher(finding.path, false);
}
