/**
 * The seeds check's verdict over a repo's Python units: for each unit, each framework with a global
 * generator it draws from, seeded before the first draw or not; and every call that takes its own
 * seed (random_state, a JAX key, a NumPy Generator), with a fixed seed or not.
 */
import type { DeclaredPackage } from '../deps/types';
import { cellLineLabel } from '../notebook/cellLabel';
import type { PyCall } from '../python/types';
import type { CheckOutcome, Evidence, Finding, Status } from '../report';
import type { AnalysedUnit } from './analysedUnit';
import { CallSeed, callSeedOf, daskDrawSeedOf } from './callSeeds';
import { ReachedCall, callsInExecutionOrder } from './executionOrder';
import { FrameworkId, GlobalFrameworkId, frameworkOf } from './frameworks';
import { RepoModules } from './repoModules';
import { SeedingApis, seedingApis, tensorflowSeedHint } from './seedingApi';
import { FrameworkSeeding, ReachedSeed, frameworkSeedings, seedOf } from './seedingOrder';
import type { SeedValue } from './seedValue';
import { drawsOfFrameworksSeededNowhere, UnreachedDraw } from './unreachedDraws';

/** Another language's documents that draw (R), judged on their own: how many, how many seeded first, and the findings. */
export interface OtherLanguageSeeds {
  ok: number;
  total: number;
  findings: Finding[];
}

/** The fix a seed fixer can apply to these findings. */
export const SEEDS_FIX = 'seeds';

interface Tally {
  ok: number;
  total: number;
}

/** One unit's share of the verdict. */
interface UnitAssessment {
  problems: Finding[];
  pass?: Finding;
  frameworks: Tally;
  calls: Tally;
  /** The frameworks this unit's judgement counted (drawn, or seeded with no draw in view). */
  counted: GlobalFrameworkId[];
}

/**
 * `judged`: which units make results and are judged (tests and vendored code are not); every unit
 * still serves as a module that judged code may import. `declared`: the repo's declared packages, so messages
 * name the seeding call of the version it runs.
 */
export function assessSeeds(
  units: readonly AnalysedUnit[],
  judged: (unit: AnalysedUnit) => boolean = () => true,
  declared: readonly DeclaredPackage[] = [],
  other: OtherLanguageSeeds = { ok: 0, total: 0, findings: [] }
): CheckOutcome {
  const modules = new RepoModules(units);
  const sorted = units.filter(judged).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const assessed = sorted.map(unit => assessUnit(unit, modules, declared));
  const counted = new Set(assessed.flatMap(a => a.counted));
  const unreached = drawsOfFrameworksSeededNowhere(units, sorted, counted).map(unreachedFinding);
  assessed.push({ problems: unreached, frameworks: { ok: 0, total: unreached.length }, calls: { ok: 0, total: 0 }, counted: [] });
  const otherProblems = other.findings.filter(f => f.status !== 'pass');
  const otherPass = other.findings.filter(f => f.status === 'pass');
  assessed.push({ problems: otherProblems, frameworks: { ok: other.ok, total: other.total }, calls: { ok: 0, total: 0 }, counted: [] });
  assessed.push(...otherPass.map(pass => ({ problems: [], pass, frameworks: { ok: 0, total: 0 }, calls: { ok: 0, total: 0 }, counted: [] })));
  const frameworks = sum(assessed.map(a => a.frameworks));
  const calls = sum(assessed.map(a => a.calls));
  const ok = frameworks.ok + calls.ok;
  const total = frameworks.total + calls.total;
  const status: Status = total === 0 ? 'na' : ok === total ? 'pass' : ok === 0 ? 'fail' : 'warn';
  const findings = [...assessed.flatMap(a => a.problems), ...assessed.flatMap(a => (a.pass ? [a.pass] : []))];
  return { status, summary: summaryOf(frameworks, calls), findings };
}

function sum(tallies: Tally[]): Tally {
  return tallies.reduce((a, b) => ({ ok: a.ok + b.ok, total: a.total + b.total }), { ok: 0, total: 0 });
}

function assessUnit(unit: AnalysedUnit, modules: RepoModules, declared: readonly DeclaredPackage[]): UnitAssessment {
  const problems: Finding[] = [];
  const frameworks: Tally = { ok: 0, total: 0 };
  const calls: Tally = { ok: 0, total: 0 };
  const seeded: string[] = [];
  const order = callsInExecutionOrder(unit, modules);
  const afterNumpySeed = callsAfterFixedNumpySeed(unit, order);
  const seedings = frameworkSeedings(order);
  const counted: GlobalFrameworkId[] = seedings.map(s => s.framework);
  for (const seeding of seedings) {
    frameworks.total++;
    if (seeding.seededBeforeUse) {
      frameworks.ok++;
      seeded.push(frameworkOf(seeding.framework).label);
    } else {
      problems.push(unseededFinding(unit, seeding, seedingApis(declared, unit.analysis)));
    }
  }
  // A framework the code seeds with a fixed value draws where no call shows it (weight initialisers, dropout,
  // a graph's random ops built inside layer classes): its randomness is there, and it is seeded.
  const seededOnly: string[] = [];
  for (const framework of fixedSeedsWithoutSeenDraws(order, unit, seedings)) {
    // scikit-learn without random_state draws from NumPy's global generator: one before the seed is a draw.
    if (framework === 'numpy' && unit.analysis.calls.some(call => drawsFromNumpyBeforeSeed(unit, call, afterNumpySeed))) {
      continue;
    }
    frameworks.total++;
    frameworks.ok++;
    counted.push(framework);
    seededOnly.push(frameworkOf(framework).label);
  }
  // Per framework of per-call seeds: how many calls get a fixed seed, or -1 once one does not.
  const fixedCalls = new Map<FrameworkId, number>();
  for (const call of [...unit.analysis.calls].sort((a, b) => a.offset - b.offset)) {
    const site = { analysis: unit.analysis, offset: call.offset, scope: call.scope };
    const ownSeed = callSeedOf(call, site);
    const found = ownSeed ?? daskDrawSeedOf(call, site);
    if (!found) {
      continue;
    }
    const seed = followsNumpySeed(found, call, afterNumpySeed) ? { ...found, fixed: true } : found;
    calls.total++;
    const n = fixedCalls.get(seed.framework) ?? 0;
    if (seed.fixed) {
      calls.ok++;
      fixedCalls.set(seed.framework, n < 0 ? n : n + 1);
    } else {
      fixedCalls.set(seed.framework, -1);
      problems.push(callSeedFinding(unit, call, seed, ownSeed !== undefined));
    }
  }
  const message = passMessage(seeded, seededOnly, fixedCalls);
  const pass: Finding | undefined = message ? { status: 'pass', code: 'seeds.seeded', message, path: unit.path } : undefined;
  return { problems, pass, frameworks, calls, counted };
}

/** A framework drawn from only where no run was seen to reach, and seeded nowhere in the repo. */
function unreachedFinding(draw: UnreachedDraw): Finding {
  const framework = frameworkOf(draw.framework);
  const where = draw.call.scope ? ` in ${draw.call.scope}` : '';
  return {
    status: 'fail',
    code: 'seeds.unseeded-anywhere',
    message: `${framework.label} draws random numbers (${draw.call.text}${where}, line ${draw.call.line}) and no code of the repo calls ${framework.seedHint}`,
    ...flat(draw.unit.evidence(draw.call.line))
  };
}

function drawsFromNumpyBeforeSeed(unit: AnalysedUnit, call: PyCall, afterNumpySeed: ReadonlySet<PyCall>): boolean {
  const seed = callSeedOf(call, { analysis: unit.analysis, offset: call.offset, scope: call.scope });
  return seed?.kind === 'sklearn' && !seed.fixed && (seed.value.kind === 'missing' || seed.value.kind === 'none') && !afterNumpySeed.has(call);
}

/** Frameworks the unit's own code seeds with a fixed value and whose draws no reached call shows. */
function fixedSeedsWithoutSeenDraws(
  order: readonly ReachedCall[],
  unit: AnalysedUnit,
  seedings: readonly FrameworkSeeding[]
): Set<GlobalFrameworkId> {
  const drawn = new Set(seedings.map(s => s.framework));
  const found = new Set<GlobalFrameworkId>();
  for (const reached of order) {
    const seed = reached.unit === unit ? seedOf(reached) : undefined;
    if (seed?.value.kind === 'fixed') {
      seed.frameworks.filter(f => !drawn.has(f)).forEach(f => found.add(f));
    }
  }
  return found;
}

/** The unit's own calls that run after a fixed `np.random.seed` (or a helper that seeds NumPy), in execution order. */
function callsAfterFixedNumpySeed(unit: AnalysedUnit, order: readonly ReachedCall[]): Set<PyCall> {
  const after = new Set<PyCall>();
  let seeded = false;
  for (const reached of order) {
    const seed = seedOf(reached);
    if (seed?.value.kind === 'fixed' && seed.frameworks.includes('numpy')) {
      seeded = true;
    } else if (seeded && reached.unit === unit) {
      after.add(reached.call);
    }
  }
  return after;
}

/**
 * scikit-learn reads `random_state=None` (or none given) as NumPy's global generator: a call that runs
 * after a fixed global NumPy seed is reproducible without a seed of its own.
 */
function followsNumpySeed(seed: CallSeed, call: PyCall, afterNumpySeed: ReadonlySet<PyCall>): boolean {
  return seed.kind === 'sklearn' && !seed.fixed && (seed.value.kind === 'missing' || seed.value.kind === 'none') && afterNumpySeed.has(call);
}

/** 'Seeded before first use: NumPy, PyTorch; seeded: TensorFlow; fixed seed on every scikit-learn call (3)'. */
function passMessage(seeded: string[], seededOnly: string[], fixedCalls: Map<FrameworkId, number>): string | undefined {
  const parts: string[] = [];
  if (seeded.length) {
    parts.push(`Seeded before first use: ${seeded.join(', ')}`);
  }
  if (seededOnly.length) {
    parts.push(`seeded with a fixed value (no draw of its own in view): ${seededOnly.join(', ')}`);
  }
  for (const [framework, n] of fixedCalls) {
    if (n > 0) {
      parts.push(`fixed seed on every ${frameworkOf(framework).label} call (${n})`);
    }
  }
  if (!parts.length) {
    return undefined;
  }
  const message = parts.join('; ');
  return message[0].toUpperCase() + message.slice(1);
}

function summaryOf(frameworks: Tally, calls: Tally): string {
  if (frameworks.total + calls.total === 0) {
    return 'No code draws random numbers';
  }
  const parts: string[] = [];
  if (frameworks.total) {
    parts.push(`${frameworks.ok} of ${frameworks.total} generators seeded before first use`);
  }
  if (calls.total) {
    parts.push(`${calls.ok} of ${calls.total} calls that take a seed get a fixed one`);
  }
  return parts.join('; ');
}

/** Evidence flattened onto a finding. */
function flat(evidence: Evidence): Pick<Finding, 'path' | 'line' | 'cell'> {
  return {
    path: evidence.path,
    ...(evidence.line !== undefined && { line: evidence.line }),
    ...(evidence.cell !== undefined && { cell: evidence.cell })
  };
}

/** 'line 12', or 'cell 4, line 2' in a notebook (cells counted from 1, all of them: see cellLabel.ts). */
function where(unit: AnalysedUnit, line: number): string {
  const evidence = unit.evidence(line);
  return evidence.cell !== undefined ? cellLineLabel(evidence.cell, evidence.line) : `line ${evidence.line ?? line}`;
}

/** The line in the root unit where a reached call runs: its own, or the call that leads to it from the root. */
function lineInRoot(root: AnalysedUnit, reached: ReachedCall): number {
  if (reached.unit === root) {
    return reached.call.line;
  }
  const sites = reached.via.filter(site => site.unit === root);
  return sites.length ? sites[sites.length - 1].line : reached.call.line;
}

/** Every place on the way to a reached call, beyond the primary one. */
function trail(root: AnalysedUnit, reached: ReachedCall, primaryLine: number): Evidence[] {
  const places = [
    ...reached.via.map(site => ({ unit: site.unit, line: site.line })),
    { unit: reached.unit, line: reached.call.line }
  ];
  return places
    .filter(p => !(p.unit === root && p.line === primaryLine))
    .map(p => p.unit.evidence(p.line));
}

function describeUse(root: AnalysedUnit, reached: ReachedCall): string {
  const { call, unit, via } = reached;
  if (!via.length) {
    return `${where(root, call.line)} (${call.text})`;
  }
  if (unit === root) {
    return `${where(root, call.line)} (${call.text}, run by ${via[0].text} at ${where(root, via[0].line)})`;
  }
  const site = [...via].reverse().find(s => s.unit === root) ?? via[0];
  return `${where(root, site.line)} (${site.text} runs ${call.text} in ${unit.path}, ${where(unit, call.line)})`;
}

/** 'np.random.seed at line 3', or 'set_seed() at line 3' for a seed set inside a helper. */
function describeSeedSite(root: AnalysedUnit, reached: ReachedCall): string {
  const text = reached.via.length ? reached.via[0].text : reached.call.text;
  return `${text} at ${where(root, lineInRoot(root, reached))}`;
}

function unfixedPhrase(value: SeedValue): string {
  switch (value.kind) {
    case 'entropy':
      return `takes its seed from ${value.source}()`;
    case 'none':
      return 'is given None, so it seeds from the OS or the clock';
    default:
      return 'is given no seed, so it seeds from the OS or the clock';
  }
}

/** The seeding call to suggest: TensorFlow's depends on its version. */
function seedHintOf(id: FrameworkId, apis: SeedingApis): string {
  return id === 'tensorflow' ? tensorflowSeedHint(apis.tensorflow) : frameworkOf(id).seedHint;
}

function unseededFinding(root: AnalysedUnit, seeding: FrameworkSeeding, apis: SeedingApis): Finding {
  const framework = frameworkOf(seeding.framework);
  const use = describeUse(root, seeding.firstDraw);
  const unfixed: ReachedSeed | undefined = seeding.unfixedSeed;
  const draws = `${framework.label} draws random numbers at ${use}`;
  let message: string;
  if (unfixed) {
    message = `${draws}, but ${describeSeedSite(root, unfixed.reached)} ${unfixedPhrase(unfixed.value)}`;
  } else if (seeding.fixedSeed) {
    message = `${draws} before it is seeded (${describeSeedSite(root, seeding.fixedSeed)})`;
  } else {
    message = `${draws} before any ${seedHintOf(seeding.framework, apis)}`;
  }
  const line = lineInRoot(root, seeding.firstDraw);
  const evidence = trail(root, seeding.firstDraw, line);
  return {
    status: 'fail',
    code: 'seeds.unseeded-before-use',
    message,
    ...flat(root.evidence(line)),
    ...(evidence.length && { evidence }),
    fix: SEEDS_FIX
  };
}

function callSeedFinding(unit: AnalysedUnit, call: PyCall, seed: CallSeed, fixable: boolean): Finding {
  const callee = seed.kind === 'generator' ? `${call.text}()` : call.text;
  const at = `${callee} at ${where(unit, call.line)}`;
  let message: string;
  const value = seed.value;
  if (seed.kind === 'generator') {
    const framework = frameworkOf(seed.framework);
    if (value.kind === 'entropy') {
      message = `${at} takes its seed from ${value.source}()`;
    } else if (seed.framework === 'jax') {
      message = `${at} builds a key without a fixed seed`;
    } else {
      message = `${at} has no seed: the global ${framework.seedHint} does not reach it`;
    }
  } else if (value.kind === 'entropy') {
    message = `${at} takes ${seed.parameter} from ${value.source}()`;
  } else if (value.kind === 'none') {
    message = `${at} passes ${seed.parameter}=None`;
  } else if (!fixable) {
    message = `${at} draws from dask.array.random's hidden generator with no da.random.seed(...) before it`;
  } else if (seed.inParams) {
    message = `${at} gets params without a ${seed.parameters.join(' or ')} key`;
  } else {
    message = `${at} has no ${seed.parameters.join(' or ')}`;
  }
  // An estimator without random_state may still follow the global NumPy seed (or the library's default seed).
  const status: Status = seed.kind === 'generator' ? 'fail' : 'warn';
  const code = seed.kind === 'generator' ? 'seeds.unseeded-generator' : 'seeds.call-without-seed';
  return { status, code, message, ...flat(unit.evidence(call.line)), ...(fixable && { fix: SEEDS_FIX }) };
}
