/**
 * The repo's Python units, read through the Contents API, so a file's fix also seeds the frameworks
 * its imports of the repo's own modules draw from (as the CLI does). Best effort: on any failure
 * the fix plans from the file alone.
 */
import type { Contents } from '@jupyterlab/services';
import { RepoFacts } from '../../audit/facts';
import type { AnalysedUnit } from '../../audit/seeds/analysedUnit';
import { PYTHON_UNITS } from '../../audit/python/units';
import { walkRepo } from '../../audit/walk';
import { ContentsRepoReader } from '../contentsReader';

export async function repoUnitsOf(contents: Pick<Contents.IManager, 'get'>, folder: string): Promise<AnalysedUnit[]> {
  try {
    const reader = new ContentsRepoReader(contents, folder);
    const facts = new RepoFacts(reader, await walkRepo(reader));
    return await facts.get(PYTHON_UNITS);
  } catch (err) {
    console.warn('jupyterlab-repro-audit: the repo could not be read for the seed fix; fixing the file alone', err);
    return [];
  }
}
