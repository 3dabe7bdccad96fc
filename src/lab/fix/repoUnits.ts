/**
 * The repo's Python units and declared packages, read through the Contents API, so a file's fix
 * also seeds the frameworks its imports of the repo's own modules draw from (as the CLI does), in
 * the API of the versions the repo declares. Best effort: on any failure the fix plans from the
 * file alone.
 */
import type { Contents } from '@jupyterlab/services';
import { RepoFacts } from '../../audit/facts';
import type { AnalysedUnit } from '../../audit/seeds/analysedUnit';
import { PYTHON_UNITS } from '../../audit/python/units';
import { DEPENDENCY_FILES } from '../../audit/deps/facts';
import type { DeclaredPackage } from '../../audit/deps/types';
import { walkRepo } from '../../audit/walk';
import { ContentsRepoReader } from '../readers/contentsReader';

export interface RepoSeedContext {
  units: AnalysedUnit[];
  declared: DeclaredPackage[];
}

export async function repoUnitsOf(contents: Pick<Contents.IManager, 'get'>, folder: string): Promise<RepoSeedContext> {
  try {
    const reader = new ContentsRepoReader(contents, folder);
    const facts = new RepoFacts(reader, await walkRepo(reader));
    const declared = (await facts.get(DEPENDENCY_FILES)).flatMap(f => f.packages);
    return { units: await facts.get(PYTHON_UNITS), declared };
  } catch (err) {
    console.warn('jupyterlab-repro-audit: the repo could not be read for the seed fix; fixing the file alone', err);
    return { units: [], declared: [] };
  }
}
