/**
 * Pickles and arrays that hold data, not a trained model: a `.pkl`/`.h5`/`.joblib` whose name or
 * folder says data (`digits_data.pkl`, `data/train.pkl`), or that the code reads into data
 * (`X, y = pickle.load(f)`, `df = pd.read_pickle(p)`, `h5py.File(p)`). The model check leaves them out.
 */
import { defineFact } from '../facts';
import { baseName } from '../reader';
import { inDataFolder } from './dataFiles';
import type { PythonUnit } from '../python/units';
import type { PyAssignment } from '../python/types';
import { FILE_ACCESSES, UnitAccesses } from '../uses/fileAccessFacts';

/** A file name that says model, which a data folder or a data word does not override. */
const MODEL_NAME = /model|weights|checkpoint|ckpt|classifier|regressor|estimator|booster|clf|net\b|params|state_dict/i;
/** A file name that says data. */
const DATA_NAME = /data|corpus|features|embedding|labels|samples|splits?\b/i;
/** Names code gives to data: X, y, X_train, df, data, train_dataset, features... */
const DATA_TARGET = /^(x|y)(_?\w+)?$|(^|_)(df|data|dataset|ds|features|labels|targets|inputs|samples|corpus)(_|\d|$)/i;

/** Whether a model-like file is data by its own name or folder. */
export function isDataByName(path: string): boolean {
  const name = baseName(path);
  if (MODEL_NAME.test(name)) {
    return false;
  }
  return DATA_NAME.test(name) || inDataFolder(path);
}

/** Callees whose value is data whatever the target's name (HDF5 datasets, pandas tables). */
const DATA_READERS = /(^|\.)(File|read_pickle|read_hdf|loadmat)$/;
/** A load from an open handle, on one of the next lines (`with open(p, 'rb') as f:` then `X = pickle.load(f)`). */
const HANDLE_LOAD = /^(pickle|cPickle|joblib|dill|np|numpy)\.load\(/;
const HANDLE_REACH = 3;

function targetsOf(assignment: PyAssignment): string[] {
  return assignment.target.replace(/[()[\]]/g, '').split(',').map(t => t.trim()).filter(Boolean);
}

function readIntoData(unit: PythonUnit, line: number, call: string): boolean {
  if (DATA_READERS.test(call)) {
    return true;
  }
  const assignments = unit.analysis.assignments.filter(a =>
    a.op === undefined &&
    (a.line === line || (call.endsWith('open') && a.line > line && a.line <= line + HANDLE_REACH && HANDLE_LOAD.test(a.value)))
  );
  return assignments.some(a => targetsOf(a).some(t => DATA_TARGET.test(t)));
}

/** Repo files the code reads into data (`X, y = pickle.load(open('d/toy.pkl', 'rb'))`). */
export function filesReadAsData(perUnit: readonly UnitAccesses[]): Set<string> {
  const paths = new Set<string>();
  for (const { unit, accesses } of perUnit) {
    for (const access of accesses) {
      if (access.access === 'read' && access.exists && readIntoData(unit, access.line, access.call)) {
        paths.add(access.path);
      }
    }
  }
  return paths;
}

/** Files (among those named like models) that hold data: by name, by folder, or by how the code reads them. */
export const DATA_PICKLES = defineFact<(path: string) => boolean>('data-pickles', async facts => {
  const read = filesReadAsData(await facts.get(FILE_ACCESSES));
  return path => read.has(path) || isDataByName(path);
});
