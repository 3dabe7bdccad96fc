/**
 * The calls a unit makes, in the order they run: module-level code in source order (notebook cells
 * in cell order), with the body of each function or class the code calls (same unit, or a repo
 * module it imports) run in place at the call, and the module-level code of imported repo modules
 * run in place at the import. A method is followed where its object is known: `self.m()`, and
 * `x.m()` or `x(...)` (`forward`, `__call__`) where `x` was made by a repo class, named directly, through
 * an import or through an alias (`Exp = ExpInformer; exp = Exp(args); exp.train()`). This is what
 * "seeded before first use" is judged on.
 */
import type { PyAnalysis, PyAssignment, PyCall, PyFunction, PyImport } from '../python/types';
import type { AnalysedUnit } from './analysedUnit';
import type { RepoFunction, RepoModules } from './repoModules';

/** A place in the code that leads to a call: a call of a repo function, or an import of a repo module. */
export interface CallSite {
  unit: AnalysedUnit;
  line: number;
  /** What runs there, for messages: 'set_seed()', 'import utils'. */
  text: string;
}

export interface ReachedCall {
  call: PyCall;
  /** The unit whose source holds the call. */
  unit: AnalysedUnit;
  /** The sites that lead to it from the root unit's module level, outermost first; empty at module level. */
  via: CallSite[];
}

/** How deep calls are followed; each function is expanded once per root anyway (its later runs add nothing new). */
const MAX_DEPTH = 8;

interface Walk {
  modules?: RepoModules;
  out: ReachedCall[];
  expanded: Set<string>;
}

export function callsInExecutionOrder(root: AnalysedUnit, modules?: RepoModules): ReachedCall[] {
  const walk: Walk = { modules, out: [], expanded: new Set([moduleKey(root)]) };
  runScope(walk, root, undefined, [], false);
  return walk.out;
}

function moduleKey(unit: AnalysedUnit): string {
  return `${unit.path}#`;
}

/**
 * Run the statements of one scope (module level when `scope` is undefined). For an imported module,
 * the code after its `if __name__ == "__main__":` guard does not run.
 */
function runScope(walk: Walk, unit: AnalysedUnit, scope: string | undefined, via: CallSite[], imported: boolean): void {
  const end = imported && scope === undefined ? mainGuardOffset(unit) : Number.POSITIVE_INFINITY;
  for (const step of stepsOf(unit.analysis).get(scope ?? '') ?? []) {
    if (step.offset >= end) {
      break;
    }
    if (step.call) {
      runCall(walk, unit, step.call, scope, via);
    } else if (walk.modules) {
      runImport(walk, unit, step.imp!, via);
    }
  }
}

/** A statement that may lead elsewhere: a call, or an import. */
interface Step {
  offset: number;
  call?: PyCall;
  imp?: PyImport;
}

const stepsMemo = new WeakMap<PyAnalysis, Map<string, Step[]>>();

/** A unit's calls and imports grouped by scope ('' for module level), in source order. */
function stepsOf(analysis: PyAnalysis): Map<string, Step[]> {
  let byScope = stepsMemo.get(analysis);
  if (!byScope) {
    byScope = new Map();
    const steps: Array<Step & { scope?: string }> = [
      ...analysis.calls.map(call => ({ offset: call.offset, call, scope: call.scope })),
      ...analysis.imports.map(imp => ({ offset: imp.offset, imp, scope: imp.scope }))
    ];
    steps.sort((a, b) => a.offset - b.offset);
    for (const { scope, ...step } of steps) {
      const list = byScope.get(scope ?? '') ?? [];
      list.push(step);
      byScope.set(scope ?? '', list);
    }
    stepsMemo.set(analysis, byScope);
  }
  return byScope;
}

function runCall(walk: Walk, unit: AnalysedUnit, call: PyCall, scope: string | undefined, via: CallSite[]): void {
  walk.out.push({ call, unit, via });
  if (via.length >= MAX_DEPTH) {
    return;
  }
  for (const target of calleesOf(walk, unit, call, scope)) {
    const key = `${target.unit.path}#${target.fn.qualifiedName}`;
    if (walk.expanded.has(key)) {
      continue;
    }
    walk.expanded.add(key);
    const body = target.fn.kind === 'class' ? `${target.fn.qualifiedName}.__init__` : target.fn.qualifiedName;
    const site: CallSite = { unit, line: call.line, text: `${call.text}()` };
    runScope(walk, target.unit, body, [...via, site], false);
  }
}

function runImport(walk: Walk, unit: AnalysedUnit, imp: PyImport, via: CallSite[]): void {
  if (!walk.modules || via.length >= MAX_DEPTH) {
    return;
  }
  // `from pkg import mod` may import the submodule pkg.mod as well as pkg.
  const names = [imp.module];
  if (imp.name && imp.name !== '*') {
    names.push(imp.module.endsWith('.') ? imp.module + imp.name : `${imp.module}.${imp.name}`);
  }
  for (const name of names) {
    const target = walk.modules.resolve(name, unit.path);
    if (!target || walk.expanded.has(moduleKey(target))) {
      continue;
    }
    walk.expanded.add(moduleKey(target));
    const text = imp.name ? `from ${imp.module} import ${imp.name}` : `import ${imp.module}`;
    runScope(walk, target, undefined, [...via, { unit, line: imp.line, text }], true);
  }
}

/** Where `if __name__ == "__main__":` starts: the first '__main__' string at module level. */
function mainGuardOffset(unit: AnalysedUnit): number {
  const guard = unit.analysis.strings.find(s => s.value === '__main__');
  return guard ? guard.offset : Number.POSITIVE_INFINITY;
}

/**
 * The repo functions a call runs: its callee when that is a def or class of the repo, and functions
 * passed by name as positional arguments (`fire.Fire(main)`, `map(prepare, items)`).
 */
function calleesOf(walk: Walk, unit: AnalysedUnit, call: PyCall, scope: string | undefined): RepoFunction[] {
  const found: RepoFunction[] = [];
  const callee = resolveCallee(walk, unit, call.text, call.qualified, scope, call.offset);
  if (callee) {
    found.push(callee);
  }
  for (const arg of call.positional) {
    const fn = localFunction(unit, arg.trim(), scope);
    if (fn && fn.kind !== 'class') {
      found.push({ unit, fn });
    }
  }
  return found;
}

function resolveCallee(
  walk: Walk,
  unit: AnalysedUnit,
  text: string,
  qualified: string | undefined,
  scope: string | undefined,
  offset: number
): RepoFunction | undefined {
  if (qualified !== undefined) {
    return walk.modules?.resolveFunction(qualified, unit.path);
  }
  const fn = localFunction(unit, text, scope) ?? methodOfSelf(unit, text, scope) ?? named(unit, text);
  return fn ? { unit, fn } : methodOfInstance(walk, unit, text, scope, offset) ?? nameTarget(walk, unit, text, scope, offset, 0);
}

/** How many aliases (`A = B`) a name is followed through. */
const MAX_ALIASES = 3;

const assignmentsMemo = new WeakMap<PyAnalysis, Map<string, PyAssignment[]>>();

/** A unit's plain assignments (`x = ...`) by target, in source order. */
function assignmentsTo(analysis: PyAnalysis, name: string): PyAssignment[] {
  let byTarget = assignmentsMemo.get(analysis);
  if (!byTarget) {
    byTarget = new Map();
    for (const a of analysis.assignments) {
      if (a.op === undefined) {
        byTarget.set(a.target, [...(byTarget.get(a.target) ?? []), a]);
      }
    }
    assignmentsMemo.set(analysis, byTarget);
  }
  return byTarget.get(name) ?? [];
}

/** The last plain assignment to `name` before `offset`, in the scope or else at module level. */
function assignmentBefore(unit: AnalysedUnit, name: string, scope: string | undefined, offset: number): string | undefined {
  const found = (where: string | undefined) =>
    assignmentsTo(unit.analysis, name).filter(a => a.scope === where && a.offset < offset).pop();
  return (found(scope) ?? (scope === undefined ? undefined : found(undefined)))?.value.trim();
}

/** The repo def or class a (dotted) name stands for: defined here, imported, or an alias of one. */
function nameTarget(walk: Walk, unit: AnalysedUnit, name: string, scope: string | undefined, offset: number, aliases: number): RepoFunction | undefined {
  if (!/^[A-Za-z_][\w.]*$/.test(name)) {
    return undefined;
  }
  const local = localFunction(unit, name, scope);
  if (local) {
    return { unit, fn: local };
  }
  const [first, ...rest] = name.split('.');
  const imp = unit.analysis.imports.find(i => i.local === first && i.name !== '*');
  if (imp && walk.modules) {
    const bound = imp.name ? `${imp.module.endsWith('.') ? imp.module : imp.module + '.'}${imp.name}` : imp.module;
    return walk.modules.resolveFunction([bound, ...rest].join('.'), unit.path);
  }
  const alias = rest.length === 0 && aliases < MAX_ALIASES ? assignmentBefore(unit, name, scope, offset) : undefined;
  return alias ? nameTarget(walk, unit, alias, scope, offset, aliases + 1) : undefined;
}

/** `x.m()` or `x(...)` where `x = C(...)` made it from a repo class C: C's method (`forward`/`__call__` for a call). */
function methodOfInstance(walk: Walk, unit: AnalysedUnit, text: string, scope: string | undefined, offset: number): RepoFunction | undefined {
  const parts = text.split('.');
  if (parts.length > 2 || parts[0] === 'self' || parts[0] === 'cls') {
    return undefined;
  }
  const made = assignmentBefore(unit, parts[0], scope, offset);
  const maker = made && /^([A-Za-z_][\w.]*)\s*\(/.exec(made)?.[1];
  const cls = maker ? nameTarget(walk, unit, maker, scope, offset, 0) : undefined;
  if (!cls || cls.fn.kind !== 'class') {
    return undefined;
  }
  const methods = parts.length === 2 ? [parts[1]] : ['forward', '__call__'];
  for (const method of methods) {
    const fn = named(cls.unit, `${cls.fn.qualifiedName}.${method}`);
    if (fn) {
      return { unit: cls.unit, fn };
    }
  }
  return undefined;
}

/** A def or class visible by bare name: nested in the current scope, or at module level. */
function localFunction(unit: AnalysedUnit, name: string, scope: string | undefined): PyFunction | undefined {
  if (!/^[A-Za-z_]\w*$/.test(name)) {
    return undefined;
  }
  return (scope && named(unit, `${scope}.${name}`)) || named(unit, name);
}

/** `self.helper()` inside a method of class C: the method `C.helper`. */
function methodOfSelf(unit: AnalysedUnit, text: string, scope: string | undefined): PyFunction | undefined {
  const [receiver, method, ...rest] = text.split('.');
  if (!scope || rest.length || !method || (receiver !== 'self' && receiver !== 'cls')) {
    return undefined;
  }
  const parts = scope.split('.');
  for (let k = parts.length - 1; k >= 1; k--) {
    const owner = parts.slice(0, k).join('.');
    if (named(unit, owner)?.kind === 'class') {
      return named(unit, `${owner}.${method}`);
    }
  }
  return undefined;
}

const functionsMemo = new WeakMap<PyAnalysis, Map<string, PyFunction>>();

/** The def or class of a unit with this dotted name (the first, when a notebook redefines it). */
function named(unit: AnalysedUnit, qualifiedName: string): PyFunction | undefined {
  let byName = functionsMemo.get(unit.analysis);
  if (!byName) {
    byName = new Map();
    for (const fn of unit.analysis.functions) {
      if (!byName.has(fn.qualifiedName)) {
        byName.set(fn.qualifiedName, fn);
      }
    }
    functionsMemo.set(unit.analysis, byName);
  }
  return byName.get(qualifiedName);
}
