/**
 * What counts as data in a repo, judged from a file's name, folder and size alone (never its bytes).
 */
import { baseName } from '../reader';
import { formatNumber } from '../numberText';

/**
 * From this size on, a file belongs in LFS, DVC or a download, not in plain git. Careful reviewers
 * call a committed data file of 4 MiB "large" and one of 3 MB a small fixture (the corpus labels);
 * pre-commit's check-added-large-files flags 500 kB, GitHub warns at 50 MB.
 */
export const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** Whether a file is large enough to keep out of plain git. */
export function isLargeFile(size: number): boolean {
  return size >= LARGE_FILE_BYTES;
}

/** JSON is config at small sizes and a data dump at large ones. */
export const LARGE_JSON_BYTES = 1024 * 1024;

const DATA_EXTENSIONS = [
  // tables and arrays
  '.csv', '.tsv', '.parquet', '.feather', '.arrow', '.orc', '.avro', '.jsonl', '.ndjson',
  '.xlsx', '.xls', '.ods', '.sav', '.dta', '.sas7bdat', '.rds', '.rdata', '.rda',
  '.npy', '.npz', '.h5', '.hdf5', '.hdf', '.nc', '.mat', '.fits', '.sqlite', '.db', '.tfrecord', '.tfrecords',
  '.lmdb', '.pq', '.dat',
  // archives
  '.zip', '.tar', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.zst',
  // audio and video
  '.wav', '.flac', '.mp3', '.ogg', '.mp4', '.avi', '.mov', '.mkv',
  // imaging formats of science
  '.dcm', '.nii', '.tif', '.tiff'
];

/** Images are figures in docs and samples in datasets: they count only inside a data-like folder. */
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.bmp', '.gif', '.webp'];
const DATA_FOLDER = /(^|\/)(data|datasets?|raw|processed|images|imgs|samples|corpus|inputs?)(\/|$)/i;
/** Folders that hold images only, not other data. */
const IMAGE_FOLDER = /(^|\/)(images|imgs)(\/|$)/i;
/** A data folder's notes, settings and keep-files, which are not data. */
const NOT_DATA_NAMES = /^(readme|licen[cs]e|copying|notice|citation|makefile|dockerfile)(\.\w+)?$|^\.|\.(ya?ml|toml|cfg|ini|sh|bash|bat|ps1|dvc)$/i;

/** Whether the file's folder (at any depth) is one that holds data: data/, datasets/, raw/, corpus/... */
export function inDataFolder(path: string): boolean {
  return DATA_FOLDER.test(path.slice(0, path.lastIndexOf('/') + 1));
}

/** Code and documents: never data however large (a notebook's size is the notebooks check's business). */
const NOT_DATA_EXTENSIONS = [
  '.py', '.ipynb', '.r', '.jl', '.js', '.ts', '.md', '.rst', '.html', '.tex', '.pdf', '.svg', '.css', '.c', '.cpp',
  '.h', '.java', '.go', '.rs'
];

function extensionOf(path: string): string {
  const name = baseName(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

/** True when the file holds data (a table, array, archive, media, a large JSON dump...). */
export function isDataFile(path: string, size: number): boolean {
  const ext = extensionOf(path);
  if (DATA_EXTENSIONS.includes(ext)) {
    return true;
  }
  if (ext === '.json') {
    return size > LARGE_JSON_BYTES;
  }
  if (IMAGE_EXTENSIONS.includes(ext)) {
    return inDataFolder(path);
  }
  // In a data folder, small files of any format are data too (`data/cora/cora.content`, `data/train.txt`).
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  return (
    inDataFolder(path) &&
    !IMAGE_FOLDER.test(folder) &&
    !NOT_DATA_EXTENSIONS.includes(ext) &&
    !NOT_DATA_NAMES.test(baseName(path))
  );
}

/** True when a large file of this kind should not sit in plain git: anything but code and documents. */
export function isLargeBinaryCandidate(path: string): boolean {
  return !NOT_DATA_EXTENSIONS.includes(extensionOf(path));
}

/** Human-readable size, in the one number format: "60.0 MB", "1.50 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) {
    return `${formatNumber(bytes / 1024 / 1024 / 1024)} GB`;
  }
  if (bytes >= 1024 * 1024) {
    return `${formatNumber(bytes / 1024 / 1024)} MB`;
  }
  if (bytes >= 1024) {
    return `${formatNumber(bytes / 1024)} KB`;
  }
  return `${bytes} bytes`;
}
