/**
 * The files each Python unit reads and writes, found once per audit for every check that asks
 * (the data check's missing reads and downloaded data, the model check's data pickles).
 */
import { defineFact } from '../facts';
import { PYTHON_UNITS, PythonUnit } from '../python/units';
import { FileAccess, fileAccesses } from './fileAccess';
import { RepoIndex } from './repoIndex';

export interface UnitAccesses {
  unit: PythonUnit;
  accesses: FileAccess[];
}

export const FILE_ACCESSES = defineFact<UnitAccesses[]>('file-accesses', async facts => {
  const repo = new RepoIndex(facts.files.map(f => f.path));
  return (await facts.get(PYTHON_UNITS)).map(unit => ({ unit, accesses: fileAccesses(unit, repo) }));
});
