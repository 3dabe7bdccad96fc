/**
 * Call-site edits: a fixed seed wherever a call takes its own and lacks one (scikit-learn's
 * `random_state`, the boosting libraries' seeds, NumPy Generators, `random.Random`, JAX keys),
 * seeding calls that fix nothing (`np.random.seed()`), and DataLoaders that shuffle without a
 * seeded generator and worker seeding. Only calls of this file are edited.
 */
import { cellLineLabel } from '../audit/notebook/cellLabel';
import type { PyCall } from '../audit/python/types';
import { CallSeed, callSeedOf } from '../audit/seeds/callSeeds';
import { canonicalName } from '../audit/seeds/qualifiedNames';
import { literalValue } from '../audit/seeds/literal';
import { seedArgumentText, seedingCallNamed } from '../audit/seeds/seedCalls';
import { SeedSite, assignmentInForce, seedValueOf } from '../audit/seeds/seedValue';
import { appendItems, prependItem, replaceValue } from './bracketEdits';
import type { RangeEdit } from './edits';
import type { FixableCode } from './fixableCode';
import type { BracketItem, BracketList } from './pythonSyntax';

/** An edit of the analysed source, and the offset from which on SEED (or a helper) must exist. */
export interface CallSiteFix {
  edit: RangeEdit;
  at: number;
  /** The call, for messages: 'train_test_split'. */
  callee: string;
  /** What the edit gives it: 'random_state=SEED', 'SEED as its seed', '"seed": SEED in its params'. */
  what: string;
  line: number;
}

export interface CallSiteFixes {
  fixes: CallSiteFix[];
  /** DataLoaders were given the helpers: the seed code must define them. */
  usesDataLoaderHelpers: boolean;
  /** What could not be fixed here, for the plan's notes. */
  notes: string[];
}

const DATA_LOADERS = new Set(['torch.utils.data.DataLoader', 'torch.utils.data.dataloader.DataLoader']);

/** The key a params dict takes the seed under. */
function paramsKey(seed: CallSeed): string {
  return seed.framework === 'catboost' ? 'random_seed' : 'seed';
}

/** The item that carries a value: by keyword, else (given an index) by position, spreads not counted. */
function itemOf(code: FixableCode, list: BracketList, keywords: readonly string[], index?: number): BracketItem | undefined {
  const byKeyword = list.items.find(i => i.keyword !== undefined && keywords.includes(i.keyword));
  if (byKeyword || index === undefined) {
    return byKeyword;
  }
  return list.items.filter(i => i.keyword === undefined && !code.source.startsWith('*', i.from))[index];
}

export interface DataLoaderNames {
  generator: string;
  workerInit: string;
}

export function callSiteFixes(code: FixableCode, names: DataLoaderNames): CallSiteFixes {
  const fixes: CallSiteFix[] = [];
  const notes: string[] = [];
  let usesDataLoaderHelpers = false;
  const where = (line: number): string => {
    const e = code.unit.evidence(line);
    return e.cell !== undefined ? cellLineLabel(e.cell, e.line) : `line ${e.line ?? line}`;
  };
  const add = (call: PyCall, edit: RangeEdit, what: string, at = call.offset): void => {
    fixes.push({ edit, at, callee: call.text, line: call.line, what });
  };
  const calls = [...code.analysis.calls].sort((a, b) => a.offset - b.offset);
  for (const call of calls) {
    const site: SeedSite = { analysis: code.analysis, offset: call.offset, scope: call.scope };
    const list = code.syntax.callArguments(call.offset, call.text);
    if (!list) {
      continue;
    }
    const seeding = seedingCallNamed(call.qualified);
    if (seeding) {
      if (!seeding.seedArg) {
        notes.push(`${call.text}() at ${where(call.line)} reseeds from a random value: remove it to keep the fixed seed.`);
        continue;
      }
      const text = seedArgumentText(seeding, call);
      if (text === undefined && (seeding.defaultIsFixed || call.hasSpread)) {
        continue;
      }
      const value = seedValueOf(text, site);
      if (value.kind === 'fixed') {
        continue;
      }
      const item = itemOf(code, list, [seeding.seedArg.keyword], seeding.seedArg.index);
      add(call, item ? replaceValue(item, 'SEED') : prependItem(list, 'SEED'), 'SEED as its seed');
      continue;
    }
    const seed = callSeedOf(call, site);
    if (seed && !seed.fixed) {
      const fix = seedFix(code, call, seed, list, site);
      if (fix) {
        add(call, fix.edit, fix.what, fix.at);
      } else {
        notes.push(`Give ${call.text} at ${where(call.line)} a seed by hand (${paramsKey(seed)}=SEED in its params).`);
      }
      continue;
    }
    const qualified = call.qualified && canonicalName(call.qualified);
    if (qualified && DATA_LOADERS.has(qualified) && !call.hasSpread) {
      const shuffles = literalValue(call.keywords['shuffle']) === true;
      const workers = call.keywords['num_workers'];
      const hasWorkers = workers !== undefined && literalValue(workers) !== 0;
      const added: string[] = [];
      if (shuffles && !('generator' in call.keywords) && !('sampler' in call.keywords)) {
        added.push(`generator=${names.generator}`);
      }
      if ((shuffles || hasWorkers) && !('worker_init_fn' in call.keywords)) {
        added.push(`worker_init_fn=${names.workerInit}`);
      }
      // A DataLoader given the helpers by an earlier fix still needs them defined.
      const given = [call.keywords['generator'], call.keywords['worker_init_fn']].map(t => t?.trim());
      if (given.includes(names.generator) || given.includes(names.workerInit)) {
        usesDataLoaderHelpers = true;
      }
      if (added.length) {
        usesDataLoaderHelpers = true;
        add(call, appendItems(code.source, list, added, code.eol), added.join(', '));
      }
    }
  }
  return { fixes: withoutOverlaps(fixes), usesDataLoaderHelpers, notes };
}

type Fix = Pick<CallSiteFix, 'edit' | 'at' | 'what'>;

/** The edit that gives a per-call seed, or undefined when the code does not show where it goes. */
function seedFix(
  code: FixableCode,
  call: PyCall,
  seed: CallSeed,
  list: BracketList,
  site: SeedSite
): Fix | undefined {
  if (seed.kind === 'generator') {
    const item = itemOf(code, list, seed.parameters, 0);
    const edit = item ? replaceValue(item, 'SEED') : prependItem(list, 'SEED');
    return { edit, at: call.offset, what: 'SEED as its seed' };
  }
  if (!seed.inParams) {
    const item = itemOf(code, list, seed.parameters);
    const keyword = item?.keyword ?? seed.parameter;
    const edit = item ? replaceValue(item, 'SEED') : appendItems(code.source, list, [`${keyword}=SEED`], code.eol);
    return { edit, at: call.offset, what: `${keyword}=SEED` };
  }
  const params = itemOf(code, list, ['params'], 0);
  if (!params?.valueNode) {
    return undefined;
  }
  let node = params.valueNode;
  let at = call.offset;
  if (node.name === 'VariableName') {
    const assigned = assignmentInForce(code.source.slice(node.from, node.to), site);
    const value = assigned && code.syntax.assignedValue(assigned.offset);
    if (!assigned || !value) {
      return undefined;
    }
    node = value;
    at = assigned.offset;
  }
  return paramsDictFix(code, node, paramsKey(seed), at);
}

/** `"seed": SEED` into a dict literal, or `seed=SEED` into `dict(...)`. */
function paramsDictFix(
  code: FixableCode,
  node: NonNullable<BracketItem['valueNode']>,
  key: string,
  at: number
): Fix | undefined {
  const what = `${key}=SEED in its params`;
  if (node.name === 'DictionaryExpression') {
    const list = code.syntax.bracketList(node);
    if (!list) {
      return undefined;
    }
    const firstKey = list.items.map(i => code.source[i.from]).find(c => c === '"' || c === "'");
    const quote = firstKey ?? '"';
    return { edit: appendItems(code.source, list, [`${quote}${key}${quote}: SEED`], code.eol), at, what };
  }
  if (node.name === 'CallExpression' && code.source.slice(node.from, node.to).startsWith('dict(')) {
    const args = node.getChild('ArgList');
    const list = args && code.syntax.bracketList(args);
    return list ? { edit: appendItems(code.source, list, [`${key}=SEED`], code.eol), at, what } : undefined;
  }
  return undefined;
}

/** Edits in order of position, any that would overlap an earlier one dropped. */
function withoutOverlaps(fixes: CallSiteFix[]): CallSiteFix[] {
  const sorted = [...fixes].sort((a, b) => a.edit.range.start - b.edit.range.start || a.edit.range.end - b.edit.range.end);
  const kept: CallSiteFix[] = [];
  let end = -1;
  for (const fix of sorted) {
    const { start } = fix.edit.range;
    const previous = kept[kept.length - 1];
    const sameInsertion = previous && fix.edit.range.end === start && previous.edit.range.start === start;
    if (start < end || sameInsertion) {
      continue;
    }
    kept.push(fix);
    end = Math.max(end, fix.edit.range.end);
  }
  return kept;
}
