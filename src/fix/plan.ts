/**
 * SeedPlan: what the seed fix does to one script or notebook. Exactly the frameworks the file uses
 * (and those its draws reach through the repo's own modules), seeded in one block or one tagged
 * cell placed before the first code that draws random numbers, plus call-site seeds. Running it
 * again on the fixed file plans no edits; a different seed updates the block in place.
 */
import { parseNotebook } from '../audit/notebook/parse';
import { cellLabel, cellLineLabel } from '../audit/notebook/cellLabel';
import { LineIndex } from '../audit/python/lineIndex';
import { isPythonNotebook } from '../audit/notebook/code';
import type { AnalysedUnit } from '../audit/seeds/analysedUnit';
import { callsInExecutionOrder } from '../audit/seeds/executionOrder';
import { FRAMEWORKS, FrameworkId, frameworksImported, frameworkOf } from '../audit/seeds/frameworks';
import { canonicalName } from '../audit/seeds/qualifiedNames';
import { RepoModules } from '../audit/seeds/repoModules';
import { frameworkSeedings } from '../audit/seeds/seedingOrder';
import { literalValue } from '../audit/seeds/literal';
import { CallSiteFixes, callSiteFixes } from './callSiteFixes';
import { DEFAULT_SEED, chosenSeed, isValidSeed } from './chosenSeed';
import type { SeedEdit, TextEdit } from './edits';
import type { FixableCode } from './fixableCode';
import { SEED_CELL_TAG } from './markers';
import { NotebookFixableCode, notebookFixableCode } from './notebookFixableCode';
import { hashSeedNote, frameworkNotes } from './notes';
import { ScriptBlockRange, findScriptBlock, scriptCode } from './scriptCode';
import { ModuleName, SeedBlockSpec, TensorflowEntry, needsTfDeterministicOps, seedBlockText } from './seedBlock';
import type { DeclaredPackage } from '../audit/deps/types';
import { SeedingApis, seedingApis } from '../audit/seeds/seedingApi';
import { scriptInsertion, scriptInsertionOffset } from './scriptPlacement';

export interface SeedPlanOptions {
  /** The seed to write, even over the one the file uses. */
  seed?: number;
  /** The seed when the file has none (42 unless given). */
  defaultSeed?: number;
  /**
   * The repo's Python units (the audit's PYTHON_UNITS), so that random draws in the repo's own
   * modules that this file runs are seeded too. The file's own entry is replaced by a fresh analysis.
   */
  repoUnits?: readonly AnalysedUnit[];
  /** The repo's declared packages (DEPENDENCY_FILES), so the seed code is the API of the versions it runs. */
  declared?: readonly DeclaredPackage[];
}

/**
 * `changes`: edits to apply. `up-to-date`: the fixer's seed code is there and current.
 * `already-seeded`: the file seeds everything it uses itself. `nothing-to-seed`: it uses no
 * random numbers. `unsupported`: not a file the fixer can edit (see `reason`).
 */
export type SeedPlanStatus = 'changes' | 'up-to-date' | 'already-seeded' | 'nothing-to-seed' | 'unsupported';

export interface SeedPlan {
  path: string;
  kind: 'script' | 'notebook';
  status: SeedPlanStatus;
  seed: number;
  /** The frameworks seeded, in SEEDS.md's order. */
  frameworks: FrameworkId[];
  /** The seed code: the cell's source, or the script block with its marker lines. */
  block?: string;
  /** Text edits (ranges in the text as read) and, for a notebook, at most one cell insertion. */
  edits: SeedEdit[];
  /**
   * One line per change, for people (cells counted from 1, all of them): 'seed cell inserted before
   * cell 3 (NumPy)', 'random_state=SEED: train_test_split at cell 4, line 1'.
   */
  changes: string[];
  /** Advice that is not code: PYTHONHASHSEED, what could not be fixed here. */
  notes: string[];
  reason?: string;
}

export interface FileToFix {
  /** Repo-relative path; `.ipynb` files are notebooks, anything else a Python script. */
  path: string;
  text: string;
}

function unsupported(path: string, kind: SeedPlan['kind'], reason: string, seed: number): SeedPlan {
  return { path, kind, status: 'unsupported', seed, frameworks: [], edits: [], changes: [], notes: [], reason };
}

/** Plan the seed fix of one file. Throws RangeError for a seed outside 0..2**32-1. */
export function planSeedFix(file: FileToFix, options: SeedPlanOptions = {}): SeedPlan {
  for (const seed of [options.seed, options.defaultSeed]) {
    if (seed !== undefined && !isValidSeed(seed)) {
      throw new RangeError(`A seed must be a whole number from 0 to ${2 ** 32 - 1}, got ${seed}`);
    }
  }
  const fallback = options.defaultSeed ?? DEFAULT_SEED;
  if (file.path.toLowerCase().endsWith('.ipynb')) {
    const parsed = parseNotebook(file.text);
    if (!parsed.notebook) {
      return unsupported(file.path, 'notebook', parsed.error ?? 'not a notebook', fallback);
    }
    if (parsed.notebook.nbformat < 4) {
      const reason = 'nbformat 3 notebook: open and save it in Jupyter to upgrade it first';
      return unsupported(file.path, 'notebook', reason, fallback);
    }
    if (!isPythonNotebook(parsed.notebook)) {
      return unsupported(file.path, 'notebook', `not a Python notebook (${parsed.notebook.language})`, fallback);
    }
    return planFor(notebookFixableCode(file.path, parsed.notebook), options);
  }
  const block = findScriptBlock(file.text);
  if (block.error) {
    return unsupported(file.path, 'script', block.error, fallback);
  }
  return planFor(scriptCode(file.path, file.text, block.range), options, { text: file.text, block: block.range });
}

interface ScriptContext {
  text: string;
  block?: ScriptBlockRange;
}

const TENSORFLOW_MODULES = ['tensorflow', 'keras', 'tf_keras'];

function where(code: FixableCode, line: number): string {
  const e = code.unit.evidence(line);
  return e.cell !== undefined ? cellLineLabel(e.cell, e.line) : `line ${e.line ?? line}`;
}

/** Names bound at module level (imports, assignments, defs): helpers must not take them. */
function boundNames(code: FixableCode): Set<string> {
  const { analysis } = code;
  return new Set([
    ...analysis.imports.filter(i => i.scope === undefined).map(i => i.local),
    ...analysis.assignments.filter(a => a.scope === undefined).map(a => a.target),
    ...analysis.functions.filter(f => !f.qualifiedName.includes('.')).map(f => f.name)
  ]);
}

function freeName(preferred: string, fallback: string, bound: Set<string>): string {
  return bound.has(preferred) ? fallback : preferred;
}

/** The name a module goes by where the seed code runs, or the import the seed code must write. */
function moduleName(code: FixableCode, module: string, before: number, conventional: string): ModuleName {
  const binds = code.analysis.imports
    .filter(i => i.scope === undefined && i.name === undefined)
    .filter(i => i.module === module || (i.module.startsWith(module + '.') && i.local === module))
    .sort((a, b) => a.offset - b.offset);
  const usable = binds.filter(i => i.offset < before).pop();
  if (usable) {
    return { module, local: usable.local, needsImport: false };
  }
  const alias = binds.find(i => i.module === module && i.local !== module)?.local;
  return { module, local: alias ?? conventional, needsImport: true };
}

/** A module-level binding of `tensorflow.compat.v1` (`import tensorflow.compat.v1 as tf`), the last before `before` if any. */
function compatV1Binding(code: FixableCode, before: number): ModuleName | undefined {
  const binds = code.analysis.imports
    .filter(i => i.scope === undefined)
    .filter(i => (i.module === 'tensorflow.compat.v1' && i.name === undefined) || (i.module === 'tensorflow.compat' && i.name === 'v1'))
    .sort((a, b) => a.offset - b.offset);
  const usable = binds.filter(i => i.offset < before).pop();
  const any = usable ?? binds[0];
  return any && { module: 'tensorflow.compat.v1', local: any.local, needsImport: !usable };
}

function tensorflowEntry(code: FixableCode, before: number, apis: SeedingApis): TensorflowEntry {
  const tops = new Set(code.analysis.imports.map(i => i.module.split('.')[0]));
  const module = TENSORFLOW_MODULES.find(m => tops.has(m)) ?? 'tensorflow';
  // Keras before 2.7 has no set_random_seed: seed its TensorFlow backend (TF 1.13+ and 2.x have compat.v1).
  if (module !== 'tensorflow' && !(module === 'keras' && apis.keras === 'backend')) {
    return { kind: 'keras', name: moduleName(code, module, before, module) };
  }
  const api = module === 'tensorflow' || apis.tensorflow !== 'current' ? apis.tensorflow : 'compat-v1';
  const v1 = api === 'v1' || api === 'compat-v1' ? compatV1Binding(code, before) : undefined;
  if (v1) {
    // `import tensorflow as tf` would rebind the name the TF 1 code runs through.
    return { kind: 'compat-v1', name: v1, api };
  }
  return { kind: 'tensorflow', name: moduleName(code, 'tensorflow', before, 'tf'), api };
}

/** The code makes JAX keys of its own (the call-site fix seeds them): no key of ours. */
function makesJaxKeys(code: FixableCode): boolean {
  return code.analysis.calls.some(c => {
    const name = c.qualified && canonicalName(c.qualified);
    return name === 'jax.random.key' || name === 'jax.random.PRNGKey';
  });
}

function planFor(code: FixableCode, options: SeedPlanOptions, script?: ScriptContext): SeedPlan {
  const others = (options.repoUnits ?? []).filter(u => u.path !== code.path);
  const order = callsInExecutionOrder(code.unit, new RepoModules([...others, code.unit]));
  const seedings = frameworkSeedings(order);
  const used = new Set<FrameworkId>([...frameworksImported(code.analysis.imports), ...seedings.map(s => s.framework)]);
  const frameworks = FRAMEWORKS.map(f => f.id).filter(id => used.has(id));
  const bound = boundNames(code);
  const helperNames = {
    generator: freeName('g', 'seed_generator', bound),
    workerInit: freeName('seed_worker', 'repro_seed_worker', bound)
  };
  const sites: CallSiteFixes = callSiteFixes(code, helperNames);
  const problems = seedings.some(s => !s.seededBeforeUse) || sites.fixes.length > 0;
  const seed = chosenSeed(code.analysis, code.existingBlock, options.seed, options.defaultSeed ?? DEFAULT_SEED);
  const base = { path: code.path, kind: code.kind, seed, frameworks };
  if (code.existingBlock === undefined && !problems) {
    return {
      ...base,
      status: frameworks.length ? 'already-seeded' : 'nothing-to-seed',
      edits: [],
      changes: [],
      notes: sites.notes
    };
  }

  // The earliest place that needs the seed code to have run: first draws, and the edited calls.
  // A draw reached through a call or an import counts where that call or import is.
  const rootLine = ({ firstDraw }: (typeof seedings)[number]): number =>
    firstDraw.via.length ? firstDraw.via[0].line : firstDraw.call.line;
  const lines = new LineIndex(code.source);
  const lineStart = (line: number): number => lines.starts[line - 1] ?? code.source.length;
  const needs = [
    ...seedings.map(s => code.statementStart(lineStart(rootLine(s)))),
    ...sites.fixes.map(f => code.statementStart(f.at))
  ];
  const earliest = needs.length ? Math.min(...needs) : undefined;

  const notes = [...sites.notes];
  const changes: string[] = [];
  const edits: SeedEdit[] = [];
  let importsBefore: number;
  let notebookIndex = 0;
  if (code.kind === 'notebook') {
    const nb = code as NotebookFixableCode;
    notebookIndex = nb.seedCell ?? notebookInsertionIndex(nb, earliest);
    importsBefore = nb.offsetOfCell(notebookIndex);
    const firstNeed = earliest === undefined ? undefined : nb.cellAt(earliest);
    if (nb.seedCell !== undefined && firstNeed !== undefined && firstNeed < nb.seedCell) {
      notes.push(`The seed cell (${cellLabel(nb.seedCell)}) runs after code that needs it (${cellLabel(firstNeed)}): move it above.`);
    }
  } else {
    importsBefore = script!.block ? script!.block.start : scriptInsertionOffset(code, script!.text, earliest);
    if (script!.block && earliest !== undefined && earliest < script!.block.start) {
      notes.push(`The seed block runs after code that needs it (${where(code, lines.lineOf(earliest))}): move it above.`);
    }
  }

  const has = (id: FrameworkId): boolean => used.has(id);
  const apis = seedingApis(options.declared ?? [], code.analysis);
  const tensorflow = has('tensorflow') ? tensorflowEntry(code, importsBefore, apis) : undefined;
  const spec: SeedBlockSpec = {
    kind: code.kind,
    seed,
    seedDefinedBefore: code.analysis.assignments.some(
      a => a.target === 'SEED' && a.scope === undefined && a.offset < importsBefore
    ),
    eol: code.eol,
    fileName: code.path.slice(code.path.lastIndexOf('/') + 1),
    ...((has('torch') || has('jax') || needsTfDeterministicOps(tensorflow)) && {
      os: moduleName(code, 'os', importsBefore, 'os')
    }),
    ...(has('python') && { random: moduleName(code, 'random', importsBefore, 'random') }),
    ...(has('numpy') && { numpy: moduleName(code, 'numpy', importsBefore, 'np') }),
    ...(has('torch') && { torch: moduleName(code, 'torch', importsBefore, 'torch'), torchApi: apis.torch }),
    ...(tensorflow && { tensorflow }),
    ...(has('jax') && {
      jax: moduleName(code, 'jax', importsBefore, 'jax'),
      ...(!makesJaxKeys(code) && { jaxKey: freeName('key', 'seed_key', bound) })
    }),
    ...(sites.usesDataLoaderHelpers && { dataLoader: helperNames })
  };
  const block = seedBlockText(spec);
  const seeded = frameworks.map(id => frameworkOf(id).label).join(', ');

  if (code.kind === 'notebook') {
    const nb = code as NotebookFixableCode;
    if (nb.seedCell === undefined) {
      edits.push({
        kind: 'insert-cell',
        path: code.path,
        index: notebookIndex,
        cellType: 'code',
        source: block,
        metadata: { tags: [SEED_CELL_TAG] }
      });
      changes.push(`seed cell inserted before ${cellLabel(notebookIndex)} (${seeded || 'SEED only'})`);
    } else if (nb.existingBlock !== block) {
      const range = { start: 0, end: nb.existingBlock!.length };
      edits.push({ kind: 'text', path: code.path, cell: nb.seedCell, range, newText: block });
      changes.push(`seed ${cellLabel(nb.seedCell)} updated (SEED = ${seed}; ${seeded || 'SEED only'})`);
    }
  } else if (script!.block) {
    if (code.existingBlock !== block) {
      edits.push({ kind: 'text', path: code.path, range: { ...script!.block }, newText: block });
      changes.push(`seed block updated (SEED = ${seed}; ${seeded || 'SEED only'})`);
    }
  } else {
    const at = importsBefore;
    const newText = scriptInsertion(script!.text, at, block, code.eol);
    edits.push({ kind: 'text', path: code.path, range: { start: at, end: at }, newText });
    // The line the begin marker lands on: blank lines written before it count.
    const line = (script!.text.slice(0, at) + newText.slice(0, newText.indexOf(block))).split('\n').length;
    changes.push(`seed block inserted at line ${line} (${seeded || 'SEED only'})`);
  }

  for (const fix of sites.fixes) {
    const edit = code.edit(fix.edit.range.start, fix.edit.range.end, fix.edit.newText);
    if (edit) {
      edits.push(edit);
      changes.push(`${fix.what}: ${fix.callee} at ${where(code, fix.line)}`);
    }
  }
  if (options.seed !== undefined) {
    edits.push(...seedConstantUpdates(code, seed, changes));
  }
  notes.push(...frameworkNotes(frameworks), ...versionNotes(tensorflow, apis), hashSeedNote(code.kind));
  return { ...base, status: edits.length ? 'changes' : 'up-to-date', block, edits, changes, notes };
}

/** What the seed code of an older framework version cannot do, said in words. */
function versionNotes(tensorflow: TensorflowEntry | undefined, apis: SeedingApis): string[] {
  const notes: string[] = [];
  if (tensorflow && tensorflow.kind !== 'keras' && tensorflow.api === 'v1') {
    notes.push(
      'TensorFlow 1.x: tf.set_random_seed fixes the graph-level seed, but stock TF 1.x has no switch for deterministic GPU ops ' +
        '(TF_DETERMINISTIC_OPS came with TF 2.1, enable_op_determinism with 2.8): GPU results may still vary.'
    );
  }
  if (apis.torch === 'strict-only') {
    notes.push('PyTorch before 1.11: use_deterministic_algorithms has no warn_only, so the seed code leaves it as a comment.');
  }
  return notes;
}

/** Before the first cell that needs seeding; else after the last cell that imports; else before the first code cell. */
function notebookInsertionIndex(nb: NotebookFixableCode, earliest: number | undefined): number {
  const cell = earliest === undefined ? undefined : nb.cellAt(earliest);
  if (cell !== undefined) {
    return cell;
  }
  const importing = nb.analysis.imports.filter(i => i.scope === undefined).map(i => nb.cellAt(i.offset) ?? -1);
  if (importing.length) {
    return Math.max(...importing) + 1;
  }
  return nb.cells.find(c => c.cellType === 'code')?.index ?? nb.cells.length;
}

/** The file's own module-level `SEED = <int>` set to the seed asked for. */
function seedConstantUpdates(code: FixableCode, seed: number, changes: string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const a of code.analysis.assignments) {
    const value = literalValue(a.value);
    if (a.target !== 'SEED' || a.scope !== undefined || a.op !== undefined || typeof value !== 'number' || value === seed) {
      continue;
    }
    const node = code.syntax.assignedValue(a.offset);
    const edit = node && code.edit(node.from, node.to, String(seed));
    if (edit) {
      edits.push(edit);
      changes.push(`SEED = ${seed} at ${where(code, a.line)}`);
    }
  }
  return edits;
}
