/**
 * Download code that verifies what it fetched: a script that downloads data (urlretrieve,
 * requests.get, wget, curl...) and checks a hash (hashlib, a known digest, sha256sum...).
 * Python is judged from the analysed calls and strings; shell scripts line by line.
 */
import type { PyAnalysis, PyCall } from '../python/types';

export interface VerifiedDownload {
  /** 1-based lines, in the analysed source, of the download and of the checksum. */
  downloadLine: number;
  checksumLine: number;
}

/** Functions and methods that fetch a file over the network, by their last name. */
const DOWNLOAD_NAMES = new Set([
  'urlretrieve',
  'urlopen',
  'download',
  'download_url',
  'download_url_to_file',
  'download_file',
  'hf_hub_download',
  'snapshot_download',
  'get_file',
  'retrieve',
  'cached_download',
  'dataset_download_files'
]);
/** Generic HTTP getters count only by their module. */
const HTTP_GETS = /^(requests|httpx|urllib3)\.(get|request|stream)$/;
/** Keyword arguments that hand a library the expected hash (pooch, gdown, torchvision, keras). */
const HASH_KEYWORDS = new Set(['md5', 'sha256', 'sha1', 'known_hash', 'file_hash', 'hash_prefix', 'checksum', 'hash']);
const HEX_DIGEST = /^(?:(?:sha256|sha1|md5):)?(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})$/i;
const HASH_NAME = /^(?:sha256|sha-256|sha1|sha512|md5|blake2b)$/i;
const SHELL_TOOL = /\b(?:wget|curl)\b/;

function lastName(call: PyCall): string {
  const name = call.qualified ?? call.text;
  return name.slice(name.lastIndexOf('.') + 1);
}

export function isDownloadCall(call: PyCall): boolean {
  if (call.qualified && HTTP_GETS.test(call.qualified)) {
    return true;
  }
  if (DOWNLOAD_NAMES.has(lastName(call))) {
    return true;
  }
  // subprocess.run(["wget", url]) / os.system("curl -O ...")
  const shell = call.qualified?.startsWith('subprocess.') || call.qualified === 'os.system';
  return shell === true && call.positional.some(arg => SHELL_TOOL.test(arg));
}

function checksumLineOf(analysis: PyAnalysis): number | undefined {
  const lines: number[] = [];
  for (const call of analysis.calls) {
    const hashKeyword = Object.entries(call.keywords).some(([k, v]) => HASH_KEYWORDS.has(k) && v !== 'None');
    if (call.qualified?.startsWith('hashlib.') || hashKeyword) {
      lines.push(call.line);
    }
  }
  for (const s of analysis.strings) {
    if (HEX_DIGEST.test(s.value.trim()) || HASH_NAME.test(s.value.trim())) {
      lines.push(s.line);
    }
  }
  return lines.length ? Math.min(...lines) : undefined;
}

/** A download with a checksum in analysed Python, or undefined. */
export function pythonVerifiedDownload(analysis: PyAnalysis): VerifiedDownload | undefined {
  const download = analysis.calls.find(isDownloadCall);
  const checksumLine = download && checksumLineOf(analysis);
  return download && checksumLine !== undefined ? { downloadLine: download.line, checksumLine } : undefined;
}

const SHELL_DOWNLOAD = /\b(?:wget|curl|aria2c|gdown|zenodo_get|gsutil\s+cp|aws\s+s3\s+cp|huggingface-cli\s+download|kaggle\s+(?:datasets|competitions)\s+download)\b/;
const SHELL_CHECKSUM = /\b(?:sha256sum|sha1sum|sha512sum|md5sum|shasum|md5|openssl\s+dgst)\b/;

/** A download with a checksum in a shell script or Makefile, or undefined. */
export function shellVerifiedDownload(text: string): VerifiedDownload | undefined {
  const lines = text.split(/\r?\n/).map(l => l.replace(/^\s*#.*$/, ''));
  const download = lines.findIndex(l => SHELL_DOWNLOAD.test(l));
  const checksum = lines.findIndex(l => SHELL_CHECKSUM.test(l));
  return download >= 0 && checksum >= 0 ? { downloadLine: download + 1, checksumLine: checksum + 1 } : undefined;
}
