/**
 * The files a notebook or script reads and writes, from the path arguments of calls that do so
 * (`pd.read_csv("../data/x.csv")`, `np.load(...)`, `open(path)`, `torch.load`, `joblib.dump`,
 * `model.save`...), each resolved against the working directory (a notebook's folder) and then the
 * repo root. Only paths the syntax fixes are kept: an f-string or a computed name is skipped.
 */
import type { PyAnalysis, PyCall } from '../python/types';
import { isDataFile } from '../data/dataFiles';
import { modelArtefactKind } from '../data/modelFiles';
import { dirName } from '../reader';
import { moduleNamesBefore } from './bindings';
import { evaluatePathExpression, resolveAgainst } from './pathExpression';
import type { RepoIndex } from './repoIndex';

export interface FileAccess {
  /** Repo-relative path when it lands inside the repo; the path as evaluated when it lands outside. */
  path: string;
  /** The path as the code names it, after evaluation ('../data/x.csv'). */
  written: string;
  /** 1-based line of the call in the analysed source. */
  line: number;
  /** The call's callee as written ('pd.read_csv'). */
  call: string;
  access: 'read' | 'write';
  kind: 'data' | 'model';
  /** The file (or folder: a SavedModel, an image folder) is in the repo. */
  exists: boolean;
  /** The path points outside the repo (absolute, `~`, or above the root). */
  outside: boolean;
}

type Access = { access: 'read' | 'write'; kind?: 'model'; argument: number };

/** By the callee's last name: what the call does and which positional argument is the path. */
const BY_NAME: Record<string, Access> = {
  loadtxt: { access: 'read', argument: 0 },
  genfromtxt: { access: 'read', argument: 0 },
  fromfile: { access: 'read', argument: 0 },
  imread: { access: 'read', argument: 0 },
  loadmat: { access: 'read', argument: 0 },
  open_dataset: { access: 'read', argument: 0 },
  open_dataarray: { access: 'read', argument: 0 },
  read_file: { access: 'read', argument: 0 },
  // Keras reads a folder of class sub-folders.
  flow_from_directory: { access: 'read', argument: 0 },
  image_dataset_from_directory: { access: 'read', argument: 0 },
  text_dataset_from_directory: { access: 'read', argument: 0 },
  load_model: { access: 'read', kind: 'model', argument: 0 },
  load_weights: { access: 'read', kind: 'model', argument: 0 },
  from_pretrained: { access: 'read', kind: 'model', argument: 0 },
  savetxt: { access: 'write', argument: 0 },
  savez: { access: 'write', argument: 0 },
  savez_compressed: { access: 'write', argument: 0 },
  imwrite: { access: 'write', argument: 0 },
  imsave: { access: 'write', argument: 0 },
  savefig: { access: 'write', argument: 0 },
  urlretrieve: { access: 'write', argument: 1 },
  save_pretrained: { access: 'write', kind: 'model', argument: 0 },
  save_weights: { access: 'write', kind: 'model', argument: 0 },
  save_checkpoint: { access: 'write', kind: 'model', argument: 0 }
};

/** By the module-qualified callee (or as written, when the module was not imported). */
const BY_QUALIFIED: Record<string, Access> = {
  'numpy.load': { access: 'read', argument: 0 },
  'np.load': { access: 'read', argument: 0 },
  'numpy.save': { access: 'write', argument: 0 },
  'np.save': { access: 'write', argument: 0 },
  'torch.load': { access: 'read', kind: 'model', argument: 0 },
  'torch.save': { access: 'write', kind: 'model', argument: 1 },
  'joblib.load': { access: 'read', kind: 'model', argument: 0 },
  'joblib.dump': { access: 'write', kind: 'model', argument: 1 },
  'pickle.load': { access: 'read', argument: 0 },
  'pickle.dump': { access: 'write', argument: 1 },
  'h5py.File': { access: 'read', argument: 0 },
  'PIL.Image.open': { access: 'read', argument: 0 },
  'Image.open': { access: 'read', argument: 0 },
  'io.open': { access: 'read', argument: 0 },
  'codecs.open': { access: 'read', argument: 0 },
  open: { access: 'read', argument: 0 },
  'tensorflow.keras.models.save_model': { access: 'write', kind: 'model', argument: 1 },
  'keras.models.save_model': { access: 'write', kind: 'model', argument: 1 },
  'keras.saving.save_model': { access: 'write', kind: 'model', argument: 1 },
  'wget.download': { access: 'write', argument: 1 }
};

/** Keyword names that carry the path. */
const PATH_KEYWORDS = ['filepath_or_buffer', 'path_or_buf', 'filepath', 'fname', 'filename', 'file', 'path', 'f', 'io', 'out', 'pretrained_model_name_or_path', 'directory'];

/** Receivers whose `.save(path)` saves a model (as in the model check), unlike a figure's or an array's. */
const MODEL_RECEIVER = /(model|net|clf|classifier|regressor|estimator|learner|booster|bst|pipeline|pipe|ckpt|checkpoint|saver|trainer)$/i;

function accessOf(call: PyCall): Access | undefined {
  const name = call.qualified ?? call.text;
  const last = name.slice(name.lastIndexOf('.') + 1);
  const known = BY_QUALIFIED[name] ?? BY_NAME[last];
  if (known) {
    return known;
  }
  if (/^read_/.test(last) && last !== 'read_sql' && last !== 'read_sql_query' && last !== 'read_clipboard') {
    return { access: 'read', argument: 0 };
  }
  if (/^to_(csv|parquet|json|excel|pickle|feather|hdf|stata|orc|xml)$/.test(last)) {
    return { access: 'write', argument: 0 };
  }
  if (last === 'save_model') {
    return { access: 'write', kind: 'model', argument: call.qualified ? 1 : 0 };
  }
  const receiver = name.slice(0, Math.max(0, name.lastIndexOf('.')));
  if (last === 'save' && !call.qualified && MODEL_RECEIVER.test(receiver)) {
    return { access: 'write', kind: 'model', argument: 0 };
  }
  return undefined;
}

/** `open(p, 'w')`: the mode says whether a file is read or written. */
function openMode(call: PyCall): 'read' | 'write' {
  const mode = call.keywords.mode ?? call.positional[1];
  const value = mode === undefined ? undefined : evaluatePathExpression(mode);
  return value !== undefined && /[wax]/.test(value) ? 'write' : 'read';
}

function pathArgument(call: PyCall, access: Access): string | undefined {
  for (const keyword of PATH_KEYWORDS) {
    if (call.keywords[keyword] !== undefined) {
      return call.keywords[keyword];
    }
  }
  return call.positional[access.argument];
}

/** A path worth looking up: not a URL, not a glob, not a hub model name. */
function looksLikePath(value: string, access: Access): boolean {
  if (!value || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /[*?]/.test(value)) {
    return false;
  }
  // `from_pretrained("bert-base-uncased")`, `load_model("base.en")` name a hub model, not a file: only
  // local-looking paths count (a folder, or a file name with a model's or data's extension).
  if (access.kind !== 'model' || !/^[\w.-]+(\/[\w.-]+)?$/.test(value)) {
    return true;
  }
  return value.includes('/') ? value.includes('.') : modelArtefactKind(value) !== undefined || isDataFile(value, 0);
}

export interface AccessSite {
  /** The notebook or script. */
  path: string;
  kind: 'notebook' | 'script';
  analysis: PyAnalysis;
}

/** Working directories to try, in order: a notebook runs in its folder, a script usually from the root. */
function workingDirs(site: AccessSite): string[] {
  const own = dirName(site.path);
  return site.kind === 'notebook' ? [own, ''] : ['', own];
}

export function fileAccesses(site: AccessSite, repo: RepoIndex): FileAccess[] {
  const accesses: FileAccess[] = [];
  for (const call of site.analysis.calls) {
    const found = accessOf(call);
    const arg = found && pathArgument(call, found);
    if (!found || arg === undefined) {
      continue;
    }
    const written = evaluatePathExpression(arg, moduleNamesBefore(site.analysis, call.offset));
    if (written === undefined || !looksLikePath(written, found)) {
      continue;
    }
    const access = (call.qualified ?? call.text) === 'open' || call.text.endsWith('.open') ? openMode(call) : found.access;
    const candidates = workingDirs(site).map(dir => resolveAgainst(dir, written));
    const hit = candidates.find(c => !c.outside && repo.exists(c.path));
    if (found.kind === 'model' && !hit && access === 'read' && call.text.endsWith('from_pretrained')) {
      continue;
    }
    // Not found: the first reading that lands inside the repo (a script in fig/ reading ../data/x runs from fig/).
    const where = hit ?? candidates.find(c => !c.outside) ?? candidates[0];
    accesses.push({
      path: where.path,
      written,
      line: call.line,
      call: call.text,
      access,
      kind: found.kind === 'model' || modelArtefactKind(where.path) ? 'model' : 'data',
      exists: !!hit,
      outside: where.outside
    });
  }
  return accesses;
}
