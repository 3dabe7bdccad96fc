/**
 * model: is the trained model shipped (committed, in Git LFS or DVC, or linked for download with a
 * checksum), so that results can be checked without retraining?
 */
import type { Check } from '../check';
import type { RepoFacts } from '../facts';
import type { CheckOutcome, Evidence, Finding } from '../report';
import { BINDER_PAPER, PWC_CHECKLIST } from '../sources';
import { modelArtefactKind, savedModelDirs } from '../data/modelFiles';
import { isLfsPointerFile } from '../data/lfsPointer';
import { gradientStepLines, modelCallKind, ModelCallKind } from '../data/modelCode';
import { verifiedModelDownload, verifiedShellModelDownload } from '../data/modelDownloadCode';
import { notebookShellLines } from '../data/providedFiles';
import { NOTEBOOKS } from '../notebook/facts';
import { DATA_PICKLES } from '../data/dataPickles';
import { isUnambiguousModelKind, ML_FRAMEWORK_IMPORT } from '../data/machineLearning';
import { DATA_TRACKING, DataTracking } from '../data/tracking';
import { findModelDownloads, ModelDownload } from '../docs/modelDownload';
import { PROSE_DOCUMENTS } from '../docs/documents';
import { PYTHON_UNITS, PythonUnit } from '../python/units';
import { VENDORED_FOLDERS } from '../vendored';
import { inTestFolder } from '../data/testFolders';
import { R_PIECES } from '../deps/rPackages';
import { rModelMentions } from '../data/rModelCode';
import type { RepoFile } from '../walk';

/** Artefacts and code places listed one by one; the rest are counted. */
const MAX_LISTED = 10;

type Shipping = 'committed' | 'lfs' | 'lfs-pointer' | 'dvc' | 'dvc-declared' | 'ignored';

/**
 * A DVC output is versioned once a `.dvc` pointer or `dvc.lock` records its hash; one that only a
 * `dvc.yaml` stage declares was never committed to DVC (nothing to pull).
 */
function dvcShipping(tracking: DataTracking, path: string): 'dvc' | 'dvc-declared' | undefined {
  const outputs = tracking.dvcOutputs.filter(out => out.path === path || path.startsWith(out.path + '/'));
  if (!outputs.length) {
    return undefined;
  }
  return outputs.some(out => !out.source.endsWith('dvc.yaml')) ? 'dvc' : 'dvc-declared';
}

interface Artefact {
  path: string;
  kind: string;
  shipping: Shipping;
}

async function shippingOf(facts: RepoFacts, tracking: DataTracking, file: RepoFile): Promise<Shipping> {
  if (await isLfsPointerFile(facts, file)) {
    return 'lfs-pointer';
  }
  if (tracking.lfsRule(file.path)) {
    return 'lfs';
  }
  const dvc = dvcShipping(tracking, file.path);
  if (dvc) {
    return dvc;
  }
  return tracking.keptOut(file.path) ? 'ignored' : 'committed';
}

async function artefactsOf(facts: RepoFacts, tracking: DataTracking): Promise<Artefact[]> {
  const artefacts: Artefact[] = [];
  const savedModels = new Set(savedModelDirs(facts.files.map(f => f.path)));
  const holdsData = await facts.get(DATA_PICKLES);
  for (const file of facts.files) {
    const kind = modelArtefactKind(file.path);
    // A pickle or an HDF5 file of data (`digits_data.pkl`, `X, y = pickle.load(...)`) is no model.
    if (kind && !holdsData(file.path)) {
      artefacts.push({ path: file.path, kind, shipping: await shippingOf(facts, tracking, file) });
    }
  }
  for (const dir of savedModels) {
    const pb = artefacts.find(a => a.path === (dir === '.' ? 'saved_model.pb' : `${dir}/saved_model.pb`));
    if (pb) {
      pb.kind = 'TensorFlow SavedModel';
      pb.path = dir;
    }
  }
  // A DVC output named like a model is shipped through DVC even when absent from the working copy.
  for (const out of tracking.dvcOutputs) {
    const kind = modelArtefactKind(out.path);
    if (kind && !artefacts.some(a => a.path === out.path)) {
      artefacts.push({ path: out.path, kind, shipping: dvcShipping(tracking, out.path) ?? 'dvc' });
    }
  }
  return artefacts;
}

/** Model download links in the README and the other docs. */
async function downloadsOf(facts: RepoFacts): Promise<(ModelDownload & { path: string })[]> {
  const documents = await facts.get(PROSE_DOCUMENTS);
  return documents.flatMap(doc => findModelDownloads(doc.outline.lines).map(d => ({ ...d, path: doc.path })));
}

/**
 * The repo's own Python that makes results: a vendored library's training, saving and downloads are
 * not the study's, and a test that calls `backward()` or `fit()` trains no model to ship.
 */
async function ownUnits(facts: RepoFacts): Promise<PythonUnit[]> {
  const vendored = await facts.get(VENDORED_FOLDERS);
  return (await facts.get(PYTHON_UNITS)).filter(unit => !vendored.contains(unit.path) && !inTestFolder(unit.path));
}

/** Model downloads that the code itself verifies (torch.hub's check_hash, hashlib after the fetch, sha256sum after wget). */
async function verifiedCodeDownloadsOf(facts: RepoFacts): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const unit of await ownUnits(facts)) {
    const verified = verifiedModelDownload(unit.analysis);
    if (verified) {
      findings.push({
        status: 'pass',
        code: 'model.download-verified-in-code',
        message: `${unit.path} downloads a trained model and verifies its checksum (${verified.check})`,
        ...unit.evidence(verified.line)
      });
    }
  }
  const vendored = await facts.get(VENDORED_FOLDERS);
  for (const file of facts.files.filter(f => /\.(sh|bash)$/i.test(f.path) && !vendored.contains(f.path))) {
    const verified = verifiedShellModelDownload((await facts.text(file.path)).text?.split(/\r?\n/) ?? []);
    if (verified) {
      findings.push({
        status: 'pass',
        code: 'model.download-verified-in-code',
        message: `${file.path} downloads a trained model and verifies its checksum (${verified.check})`,
        path: file.path,
        line: verified.line
      });
    }
  }
  for (const file of await facts.get(NOTEBOOKS)) {
    const cells = file.notebook?.cells.filter(c => c.cellType === 'code').map(c => c.source) ?? [];
    const verified = verifiedShellModelDownload(notebookShellLines(cells));
    if (verified) {
      findings.push({
        status: 'pass',
        code: 'model.download-verified-in-code',
        message: `${file.path} downloads a trained model and verifies its checksum (${verified.check})`,
        path: file.path
      });
    }
  }
  return findings;
}

interface CodeMention {
  kind: ModelCallKind;
  call: string;
  evidence: Evidence;
}

/** Method names whose calls the Python prescan always keeps, so that "never called" can be trusted. */
const SAVE_METHOD_NAMES = new Set(['save', 'save_model', 'save_weights', 'save_checkpoint', 'save_pretrained', 'export', 'dump']);

/**
 * A save inside a `save` method that no code of the repo calls (a model class's `def save(self, sess)`
 * that the training script never uses) saves nothing.
 */
function uncalledSaveMethods(units: readonly PythonUnit[]): (scope: string | undefined) => boolean {
  const callers = new Map<string, Set<string | undefined>>();
  for (const call of units.flatMap(u => u.analysis.calls)) {
    const name = call.text.slice(call.text.lastIndexOf('.') + 1);
    callers.set(name, (callers.get(name) ?? new Set()).add(call.scope));
  }
  return scope => {
    const dot = scope?.lastIndexOf('.') ?? -1;
    const method = dot > 0 ? scope!.slice(dot + 1) : undefined;
    if (!method || !SAVE_METHOD_NAMES.has(method)) {
      return false;
    }
    return ![...(callers.get(method) ?? [])].some(callerScope => callerScope !== scope);
  };
}

async function modelCodeOf(facts: RepoFacts): Promise<CodeMention[]> {
  const mentions: CodeMention[] = [];
  const units = await ownUnits(facts);
  const uncalled = uncalledSaveMethods(units);
  for (const unit of units) {
    for (const call of unit.analysis.calls) {
      const kind = modelCallKind(call, unit.analysis);
      if (kind && !(kind === 'save' && uncalled(call.scope))) {
        mentions.push({ kind, call: call.text, evidence: unit.evidence(call.line) });
      }
    }
    for (const line of gradientStepLines(unit.analysis)) {
      mentions.push({ kind: 'train', call: 'a gradient step', evidence: unit.evidence(line) });
    }
  }
  const vendored = await facts.get(VENDORED_FOLDERS);
  const rPieces = (await facts.get(R_PIECES)).filter(p => !vendored.contains(p.path) && !inTestFolder(p.path));
  mentions.push(...rModelMentions(rPieces));
  return mentions;
}

const SHIPPING_TEXT: Record<Exclude<Shipping, 'ignored' | 'dvc-declared'>, string> = {
  committed: 'committed',
  lfs: 'stored with Git LFS',
  'lfs-pointer': 'stored with Git LFS (pointer file)',
  dvc: 'versioned with DVC'
};

function artefactFinding(shipped: Artefact[]): Finding {
  const [first, ...rest] = shipped;
  const more = rest.length ? ` and ${rest.length} more` : '';
  return {
    status: 'pass',
    code: 'model.shipped',
    message: `Trained model ${SHIPPING_TEXT[first.shipping as Exclude<Shipping, 'ignored' | 'dvc-declared'>]}: ${first.path} (${first.kind})${more}`,
    path: first.path,
    ...(rest.length ? { evidence: rest.slice(0, MAX_LISTED).map(a => ({ path: a.path })) } : {})
  };
}

function codeFinding(status: 'fail' | 'warn', mentions: CodeMention[], what: string): Finding {
  const [first, ...rest] = mentions;
  return {
    status,
    code: status === 'fail' ? 'model.trained-not-shipped' : 'model.saved-not-shipped',
    message: `${what} (${first.call} in ${first.evidence.path}) but no trained model is shipped or linked with a checksum`,
    ...first.evidence,
    ...(rest.length ? { evidence: rest.slice(0, MAX_LISTED - 1).map(m => m.evidence) } : {})
  };
}

export const modelCheck: Check = {
  id: 'model',
  title: 'Trained model shipped',
  why:
    'A saved copy of the trained model lets others check predictions and reported numbers without retraining, ' +
    'which may take days or hardware they lack; pre-trained models are the item most often missing from ML repos.',
  sources: [PWC_CHECKLIST, BINDER_PAPER],
  async run(facts): Promise<CheckOutcome> {
    const tracking = await facts.get(DATA_TRACKING);
    const [artefacts, downloads, codeVerified, code] = await Promise.all([
      artefactsOf(facts, tracking),
      downloadsOf(facts),
      verifiedCodeDownloadsOf(facts),
      modelCodeOf(facts)
    ]);
    // Outside machine learning (no framework, no training or saving), a pickle or an HDF5 file is an
    // analysis's data or cache, and a link to "models" names some other kind of model: the item is na.
    const ml = code.length > 0 || codeVerified.length > 0 || (await facts.get(ML_FRAMEWORK_IMPORT)) !== undefined;
    const models = ml ? artefacts : artefacts.filter(a => isUnambiguousModelKind(a.kind));
    const links = ml ? downloads : downloads.filter(d => modelArtefactKind(d.url.replace(/[?#].*$/, '')));
    const shipped = models.filter(a => a.shipping !== 'ignored' && a.shipping !== 'dvc-declared');
    const ignored = models.filter(a => a.shipping === 'ignored');
    const declared = models.filter(a => a.shipping === 'dvc-declared');
    const verified = links.filter(d => d.checksumLine !== undefined);
    const findings: Finding[] = [];
    if (shipped.length) {
      findings.push(artefactFinding(shipped));
    }
    for (const d of verified.slice(0, MAX_LISTED)) {
      findings.push({
        status: 'pass',
        code: 'model.download-verified',
        message: `${d.path} links a model download with a checksum`,
        path: d.path,
        line: d.line
      });
    }
    findings.push(...codeVerified.slice(0, MAX_LISTED));
    if (shipped.length || verified.length || codeVerified.length) {
      const summary = shipped.length
        ? 'Trained model shipped'
        : verified.length
          ? 'Model download documented with a checksum'
          : 'Model download verified by the code';
      return { status: 'pass', summary, findings };
    }
    const unverified = links[0];
    if (unverified) {
      findings.push({
        status: 'warn',
        code: 'model.download-unverified',
        message: `${unverified.path} links a model download without a checksum (sha256/md5) to verify it`,
        path: unverified.path,
        line: unverified.line
      });
    }
    if (ignored.length) {
      findings.push({
        status: 'warn',
        code: 'model.git-ignored',
        message:
          `${ignored[0].path} is ignored by git, so the model is not shipped` +
          (ignored.length > 1 ? ` (and ${ignored.length - 1} more)` : ''),
        path: ignored[0].path
      });
    }
    if (declared.length) {
      findings.push({
        status: 'warn',
        code: 'model.dvc-output-unrecorded',
        message: `${declared[0].path} is a DVC stage output, but no dvc.lock or .dvc file records it, so the model is not shipped`,
        path: declared[0].path
      });
    }
    const training = code.filter(m => m.kind === 'train');
    const saving = code.filter(m => m.kind === 'save');
    // Code that saves the model it trains (a DVC stage declaring it an output too) makes one a rerun
    // can ship: a gap to warn of, not a failure.
    if (training.length && !saving.length && !declared.length && !unverified) {
      findings.push(codeFinding('fail', training, 'The code trains a model'));
      return { status: 'fail', summary: 'Training code but no trained model', findings };
    }
    if (saving.length && !unverified) {
      findings.push(codeFinding('warn', saving, 'The code saves a model'));
    }
    if (!findings.length) {
      return { status: 'na', summary: 'No model training or saving code', findings };
    }
    return {
      status: 'warn',
      summary: unverified ? 'Model download documented without a checksum' : 'A model is saved but not shipped',
      findings
    };
  }
};
