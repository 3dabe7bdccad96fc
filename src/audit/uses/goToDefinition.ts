/**
 * Go to definition for a dotted name used in a notebook or script ('standardize', 'fe.standardize',
 * 'demo_pkg.features.Scaler.fit'): through the import that binds its first name, to the repo file and
 * line that define it.
 */
import { Definition, findDefinition, fromImport } from './definitions';
import { finderCache, ImportSite, siteFinder } from './importResolver';
import { RepoIndex } from './repoIndex';

export async function definitionOfName(dotted: string, site: ImportSite): Promise<Definition | undefined> {
  const repo = site.files instanceof RepoIndex ? site.files : new RepoIndex(site.files);
  const analysisOf = site.analysisOf ?? (async () => undefined);
  const finderFor = finderCache(repo, site, await siteFinder(repo, site, analysisOf));
  const finder = finderFor(site.path);
  const [first, ...rest] = dotted.split('.');
  const bindings = site.analysis.imports.filter(i => i.local === first && i.name !== '*');
  // Module-level imports bind for the whole notebook; the last one wins, as when the cells run in order.
  const imp = bindings.filter(i => i.scope === undefined).pop() ?? bindings.pop();
  if (!imp) {
    return undefined;
  }
  if (imp.name !== undefined) {
    return fromImport(finder, imp.module, [imp.name, ...rest].join('.'), analysisOf, finderFor);
  }
  // `import a.b as c` binds c to a.b; `import a.b` binds a to a (and loads a.b).
  const module = imp.local === imp.module.split('.')[0] && imp.local !== imp.module ? imp.local : imp.module;
  const names = [module, ...rest].join('.').split('.');
  for (let k = names.length; k > 0; k--) {
    const found = finder.find(names.slice(0, k).join('.'));
    if (found?.path) {
      const members = names.slice(k).join('.');
      return members ? ((await findDefinition(found.path, members, analysisOf, finderFor)) ?? { path: found.path }) : { path: found.path };
    }
  }
  return undefined;
}
