/**
 * data: large files kept out of plain git (Git LFS, DVC, or downloaded), raw data kept apart,
 * downloads verified with checksums. Judged from names and sizes: data files are never read.
 */
import type { Check } from '../check';
import type { RepoFacts } from '../facts';
import type { CheckOutcome, Finding } from '../report';
import { baseName } from '../reader';
import { DVC, GIT_LFS, QUILT_TALK, TATMAN_TALK } from '../sources';
import { formatSize, isDataFile, isLargeBinaryCandidate, isLargeFile, LARGE_FILE_BYTES } from '../data/dataFiles';
import { largeDataFolders } from '../data/largeFolders';
import { DATA_TRACKING, DataTracking } from '../data/tracking';
import { DATA_PICKLES } from '../data/dataPickles';
import { modelArtefactKind } from '../data/modelFiles';
import { pythonVerifiedDownload, shellVerifiedDownload } from '../data/downloads';
import { PYTHON_UNITS } from '../python/units';
import { VENDORED_FOLDERS } from '../vendored';
import { inTestFolder } from '../data/testFolders';
import { datasetLoaderOf } from '../data/datasetLoaders';
import { FILE_ACCESSES } from '../uses/fileAccessFacts';
import { PROVIDED_FILES } from '../data/providedFiles';
import { missingReads } from '../uses/missingReads';

/** Large files listed one by one; the rest are counted. */
const MAX_LISTED = 10;

function isShellScript(path: string): boolean {
  return /\.(sh|bash)$/i.test(path) || baseName(path) === 'Makefile';
}

/** Scripts and notebooks that download data and verify a checksum. */
async function verifiedDownloads(facts: RepoFacts): Promise<Finding[]> {
  // A vendored library's download code fetches that library's files, not the study's data.
  const vendored = await facts.get(VENDORED_FOLDERS);
  const findings: Finding[] = [];
  for (const unit of (await facts.get(PYTHON_UNITS)).filter(u => !vendored.contains(u.path))) {
    const verified = pythonVerifiedDownload(unit.analysis);
    if (verified) {
      const where = unit.evidence(verified.downloadLine);
      findings.push({ status: 'pass', code: 'data.download-verified', message: `${unit.path} downloads data and verifies a checksum`, ...where });
    }
  }
  for (const file of facts.files.filter(f => isShellScript(f.path) && !vendored.contains(f.path))) {
    const text = await facts.text(file.path);
    const verified = text.text === undefined ? undefined : shellVerifiedDownload(text.text);
    if (verified) {
      findings.push({
        status: 'pass',
        code: 'data.download-verified',
        message: `${file.path} downloads data and verifies a checksum`,
        path: file.path,
        line: verified.downloadLine
      });
    }
  }
  return findings;
}

/** How a large file is kept out of plain git, or undefined when it is not. */
function keptOutBy(tracking: DataTracking, path: string): string | undefined {
  if (tracking.lfsRule(path)) {
    return 'lfs';
  }
  if (tracking.dvcOutput(path)) {
    return 'dvc';
  }
  return tracking.keptOut(path) ? 'gitignore' : undefined;
}

function largeFileFindings(facts: RepoFacts, tracking: DataTracking, holdsData: (path: string) => boolean): Finding[] {
  // A trained model is the model item's business, where committing it is what the checklist asks for.
  const isModel = (path: string) => modelArtefactKind(path) !== undefined && !holdsData(path);
  const large = facts.files.filter(f => isLargeFile(f.size) && isLargeBinaryCandidate(f.path) && !isModel(f.path));
  const plain = large.filter(f => !keptOutBy(tracking, f.path));
  const findings: Finding[] = plain.slice(0, MAX_LISTED).map(f => ({
    status: 'warn',
    code: 'data.large-file-in-git',
    message: `${f.path} (${formatSize(f.size)}) is in plain git: track it with Git LFS or DVC, or download it with a checksum`,
    path: f.path
  }));
  if (plain.length > MAX_LISTED) {
    findings.push({
      status: 'warn',
      code: 'data.large-file-in-git',
      message: `${plain.length - MAX_LISTED} more files of ${formatSize(LARGE_FILE_BYTES)} or more are in plain git`,
      evidence: plain.slice(MAX_LISTED).map(f => ({ path: f.path }))
    });
  }
  const smallData = facts.files.filter(
    f => !isLargeFile(f.size) && isDataFile(f.path, f.size) && !isModel(f.path) && !keptOutBy(tracking, f.path)
  );
  for (const folder of largeDataFolders(smallData)) {
    findings.push({
      status: 'warn',
      code: 'data.large-folder-in-git',
      message: `${folder.folder}/ holds ${formatSize(folder.bytes)} of data in ${folder.files} files in plain git: track it with Git LFS or DVC, or download it with a checksum`,
      path: folder.folder
    });
  }
  const ignored = large.filter(f => keptOutBy(tracking, f.path) === 'gitignore');
  if (ignored.length) {
    findings.push({
      status: 'pass',
      code: 'data.large-file-git-ignored',
      message: `${ignored.length} large file(s) in the working copy are ignored by git, so not committed`,
      path: ignored[0].path
    });
  }
  return findings;
}

function trackingFindings(facts: RepoFacts, tracking: DataTracking): Finding[] {
  const findings: Finding[] = [];
  const inLfs = facts.files.filter(f => tracking.lfsRule(f.path));
  if (inLfs.length) {
    const rule = tracking.lfsRule(inLfs[0].path)!;
    findings.push({
      status: 'pass',
      code: 'data.lfs',
      message: `${inLfs.length} file(s) stored with Git LFS (pattern "${rule.pattern}")`,
      path: rule.source,
      line: rule.line
    });
  }
  if (tracking.dvcFiles.length) {
    findings.push({
      status: 'pass',
      code: 'data.dvc',
      message: `Data versioned with DVC (${tracking.dvcFiles.length} DVC file(s))`,
      path: tracking.dvcFiles[0]
    });
  }
  return findings;
}

/**
 * Whether the code reads data that a download brings (a shell step, `urlretrieve`, a dataset folder
 * filled with download=True): the repo has data then, though it commits none.
 */
async function readsProvidedData(facts: RepoFacts, tracking: DataTracking): Promise<boolean> {
  const provided = await facts.get(PROVIDED_FILES);
  const accesses = (await facts.get(FILE_ACCESSES)).flatMap(u => u.accesses);
  const downloaded = new Set(accesses.filter(a => a.access === 'write' && /urlretrieve|download/.test(a.call)).map(a => a.path));
  return accesses.some(
    a => a.access === 'read' && a.kind === 'data' && !a.exists && (provided.provides(a.path) || downloaded.has(a.path)) && !tracking.ignored(a.path)
  );
}

/** Files the code reads that are not in the repo (nor written by its code): a rerun would fail there. */
async function missingReadFindings(facts: RepoFacts, tracking: DataTracking): Promise<Finding[]> {
  const downloads = await facts.get(PROVIDED_FILES);
  // Downloaded or unpacked by the repo's own steps, or a git-ignored output: made before it is read.
  const provided = (path: string) => downloads.provides(path) || tracking.ignored(path);
  // A stylesheet or a script read by a notebook is no data file: the data item does not judge it.
  const missing = missingReads(await facts.get(FILE_ACCESSES), provided).filter(
    ({ access }) => isLargeBinaryCandidate(access.path)
  );
  const findings: Finding[] = missing.slice(0, MAX_LISTED).map(({ unit, access }) => ({
    status: 'warn',
    code: 'data.missing-file',
    message: access.outside
      ? `${unit.path} reads ${access.written}, which is outside the repo`
      : `${unit.path} reads ${access.path}, which is not in the repo`,
    ...unit.evidence(access.line)
  }));
  if (missing.length > MAX_LISTED) {
    findings.push({
      status: 'warn',
      code: 'data.missing-file',
      message: `${missing.length - MAX_LISTED} more files read by the code are not in the repo`,
      evidence: missing.slice(MAX_LISTED).map(({ unit, access }) => unit.evidence(access.line))
    });
  }
  return findings;
}

/** The first call that fetches a published dataset through a library (torchvision, tfds, Keras, sklearn...). */
async function datasetLoaderFinding(facts: RepoFacts): Promise<Finding | undefined> {
  const vendored = await facts.get(VENDORED_FOLDERS);
  for (const unit of await facts.get(PYTHON_UNITS)) {
    if (vendored.contains(unit.path) || inTestFolder(unit.path)) {
      continue;
    }
    for (const call of unit.analysis.calls) {
      const loader = datasetLoaderOf(call);
      if (loader) {
        return { status: 'pass', code: 'data.published-dataset', message: `${unit.path} loads a published dataset through a library (${loader})`, ...unit.evidence(call.line) };
      }
    }
  }
  return undefined;
}

function rawDataFinding(facts: RepoFacts): Finding | undefined {
  const raw = [...facts.dirs].find(d => /(^|\/)data\/raw$/i.test(d));
  return raw === undefined
    ? undefined
    : { status: 'pass', code: 'data.raw-kept-apart', message: `Raw data kept apart in ${raw}/ (keep it read-only)`, path: raw };
}

export const dataCheck: Check = {
  id: 'data',
  title: 'Data versioned, not in plain git',
  why:
    'Large data in plain git bloats every clone and cannot be verified; versioning data with LFS or DVC, or ' +
    'downloading it with a checksum, and keeping raw data read-only ensure a rerun starts from the same inputs.',
  sources: [QUILT_TALK, TATMAN_TALK, GIT_LFS, DVC],
  async run(facts): Promise<CheckOutcome> {
    const tracking = await facts.get(DATA_TRACKING);
    // Pickles that hold data (`digits_data.pkl`, `data/train.pkl`) are data files too; an empty
    // data/raw placeholder (a project template's .gitkeep) is not data.
    const holdsData = await facts.get(DATA_PICKLES);
    const large = largeFileFindings(facts, tracking, holdsData);
    const loader = await datasetLoaderFinding(facts);
    const notes = [...trackingFindings(facts, tracking), ...(await verifiedDownloads(facts)), ...(loader ? [loader] : [])];
    const raw = rawDataFinding(facts);
    const missing = await missingReadFindings(facts, tracking);
    const findings = [...large, ...missing, ...notes, ...(raw ? [raw] : [])];
    const hasData =
      facts.files.some(f => isDataFile(f.path, f.size) || (modelArtefactKind(f.path) !== undefined && holdsData(f.path))) ||
      large.length + missing.length + notes.length > 0 ||
      (await readsProvidedData(facts, tracking));
    if (!hasData) {
      return { status: 'na', summary: 'No data files in the repo', findings: [] };
    }
    const inGit = large.filter(f => f.status === 'warn' && f.code === 'data.large-file-in-git');
    const folders = large.filter(f => f.code === 'data.large-folder-in-git').length;
    if (inGit.length || folders) {
      const count = inGit.reduce((n, f) => n + (f.evidence?.length ?? 1), 0);
      const parts = [...(count ? [`${count} large file(s)`] : []), ...(folders ? [`${folders} folder(s) of data`] : [])];
      return { status: 'warn', summary: `${parts.join(' and ')} committed to plain git`, findings };
    }
    if (missing.length) {
      const count = missing.reduce((n, f) => n + (f.evidence?.length ?? 1), 0);
      return { status: 'warn', summary: `${count} file(s) read by the code are not in the repo`, findings };
    }
    return { status: 'pass', summary: 'No large files in plain git', findings };
  }
};
