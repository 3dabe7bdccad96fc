/**
 * Draws that no run of the code was seen to reach, inside the methods of classes: models and layers built where
 * the execution order cannot follow (a model picked from a dict, a layer called through an attribute,
 * `self.model(x)`). Their order against a seed cannot be judged; but where nothing in the repo seeds that
 * framework at all, the randomness is unseeded whatever the order. A plain function nothing calls is left
 * alone: dead code or a helper (a scraper's cache-busting `random.random()`) says little about the results.
 * Nor do the initial weights a layer draws when it is built (`nn.Linear`, `nn.Conv2d`): unreached, they may as well
 * be replaced by a checkpoint's (an inference package's model classes); what draws on every run (dropout, sampling) counts.
 */
import type { PyAnalysis, PyCall } from '../python/types';
import type { AnalysedUnit } from './analysedUnit';
import type { GlobalFrameworkId } from './frameworks';
import { globalDrawOf, TORCH_RANDOM_MODULES, TORCH_TENSOR_METHOD_DRAWS } from './randomDraws';

/** Layers of TORCH_RANDOM_MODULES that draw in their forward pass, not only when built. */
const DRAWS_EACH_PASS = /Dropout|RReLU/;

/**
 * Random initial weights, which a loaded checkpoint replaces: a layer built with them (`nn.Linear`), an initialiser
 * (`nn.init.normal_`, `w.uniform_()`), or any draw in a constructor (`nn.Parameter(torch.randn(...))`, a Keras
 * `Conv2D`) but the building of a layer that draws each pass.
 */
function initialWeightsOnly(call: PyCall): boolean {
  const name = (call.qualified ?? call.text).split('.').pop()!;
  if (DRAWS_EACH_PASS.test(name)) {
    return false;
  }
  const initialiser = (call.qualified ?? '').startsWith('torch.nn.init.') || TORCH_TENSOR_METHOD_DRAWS.has(name);
  return TORCH_RANDOM_MODULES.has(name) || initialiser || (call.scope?.endsWith('.__init__') ?? false);
}
import { seedingCallNamed } from './seedCalls';

export interface UnreachedDraw {
  framework: GlobalFrameworkId;
  unit: AnalysedUnit;
  call: PyCall;
}

function importedModules(analysis: PyAnalysis): Set<string> {
  return new Set(analysis.imports.map(i => i.module.split('.')[0]));
}

/** Whether a scope ('Net.forward', 'Net.Block.__init__') lies inside one of the unit's classes. */
function inClass(classes: ReadonlySet<string>, scope: string | undefined): boolean {
  if (!scope || !classes.size) {
    return false;
  }
  for (let dot = scope.indexOf('.'); dot > 0; dot = scope.indexOf('.', dot + 1)) {
    if (classes.has(scope.slice(0, dot))) {
      return true;
    }
  }
  return false;
}

/**
 * The first draw (by path, then place) of each framework that the judged units draw from anywhere, that no
 * unit of the repo seeds (with any value: a seed that changes is judged where it is reached), and that the
 * execution-order judgement has not already counted.
 */
export function drawsOfFrameworksSeededNowhere(
  units: readonly AnalysedUnit[],
  judged: readonly AnalysedUnit[],
  counted: ReadonlySet<GlobalFrameworkId>
): UnreachedDraw[] {
  const seeded = new Set<GlobalFrameworkId>();
  for (const unit of units) {
    for (const call of unit.analysis.calls) {
      seedingCallNamed(call.qualified)?.seeds.forEach(f => seeded.add(f));
    }
  }
  const first = new Map<GlobalFrameworkId, UnreachedDraw>();
  for (const unit of judged) {
    const classes = new Set(unit.analysis.functions.filter(f => f.kind === 'class').map(f => f.qualifiedName));
    if (!classes.size) {
      continue;
    }
    const context = { importedModules: importedModules(unit.analysis) };
    for (const call of [...unit.analysis.calls].sort((a, b) => a.offset - b.offset)) {
      if (!inClass(classes, call.scope) || initialWeightsOnly(call)) {
        continue;
      }
      const framework = globalDrawOf(call, context);
      if (framework && !seeded.has(framework) && !counted.has(framework) && !first.has(framework)) {
        first.set(framework, { framework, unit, call });
      }
    }
  }
  return [...first.values()];
}
