/**
 * The repo's own Python modules, found the way Python would from an importing file: relative
 * imports from its package, absolute ones from its folder or any folder above it (notebooks often
 * add `..` to sys.path), or from `src/`. Standard-library and framework names never resolve here.
 */
import type { PyFunction } from '../python/types';
import { isStdlibModule } from '../python/stdlib';
import { dirName, joinPath } from '../reader';
import type { AnalysedUnit } from './analysedUnit';
import { FRAMEWORK_MODULES } from './frameworks';

export interface RepoFunction {
  unit: AnalysedUnit;
  fn: PyFunction;
}

export class RepoModules {
  private readonly scripts = new Map<string, AnalysedUnit>();

  constructor(units: readonly AnalysedUnit[]) {
    for (const unit of units) {
      if (unit.kind === 'script') {
        this.scripts.set(unit.path, unit);
      }
    }
  }

  /** The unit a module name imported from `fromPath` stands for. */
  resolve(module: string, fromPath: string): AnalysedUnit | undefined {
    const dots = module.length - module.replace(/^\.+/, '').length;
    const dotted = module.slice(dots);
    if (dots > 0) {
      let base = dirName(fromPath);
      for (let i = 1; i < dots; i++) {
        base = dirName(base);
      }
      return this.at(base, dotted);
    }
    const top = dotted.split('.')[0];
    if (!dotted || FRAMEWORK_MODULES.has(top) || isStdlibModule(top)) {
      return undefined;
    }
    const bases: string[] = [];
    for (let dir = dirName(fromPath); ; dir = dirName(dir)) {
      bases.push(dir);
      if (!dir) {
        break;
      }
    }
    bases.push('src');
    for (const base of bases) {
      const unit = this.at(base, dotted);
      if (unit) {
        return unit;
      }
    }
    return undefined;
  }

  /** The function or class a qualified callee ('utils.set_seed', 'pkg.models.Net') names in the repo. */
  resolveFunction(qualified: string, fromPath: string): RepoFunction | undefined {
    const dots = qualified.length - qualified.replace(/^\.+/, '').length;
    const parts = qualified.slice(dots).split('.');
    const prefix = qualified.slice(0, dots);
    for (let k = parts.length - 1; k >= 0; k--) {
      const module = prefix + parts.slice(0, k).join('.');
      if (!module) {
        continue;
      }
      const unit = this.resolve(module, fromPath);
      if (unit) {
        const name = parts.slice(k).join('.');
        const fn = unit.analysis.functions.find(f => f.qualifiedName === name);
        return fn ? { unit, fn } : undefined;
      }
    }
    return undefined;
  }

  private at(base: string, dotted: string): AnalysedUnit | undefined {
    const path = dotted ? joinPath(base, dotted.split('.').join('/')) : base;
    const init = this.scripts.get(joinPath(path, '__init__.py'));
    return dotted ? (this.scripts.get(`${path}.py`) ?? init) : init;
  }
}
