/**
 * A trained model downloaded by the code and verified there: torch.hub's `check_hash=True` (the
 * SHA-256 prefix in the file's name), a hash handed to the downloader, or a model URL fetched and
 * checked with hashlib (`hashlib.sha256(data).hexdigest() == expected`, the digest in the URL or a
 * table). As good as a checksum beside the link in the docs. Judged from the analysed calls and strings; a module
 * whose only model files are a loss's or a metric's network (LPIPS's VGG, FID's Inception) fetches no trained model.
 */
import type { PyAnalysis, PyCall } from '../python/types';
import { isDownloadCall } from './downloads';
import { modelArtefactKind } from './modelFiles';

export interface VerifiedModelDownload {
  /** 1-based line, in the analysed source, of the download (or of the model URL). */
  line: number;
  /** How the download is checked: 'check_hash=True', 'hashlib.sha256'... */
  check: string;
}

/** Loaders that fetch a model's weights from a URL. */
const MODEL_URL_LOADERS = /(^|\.)(load_state_dict_from_url|load_url)$/;
/** Keywords that hand a downloader the expected hash. */
const HASH_KEYWORDS = new Set(['hash_prefix', 'sha256', 'md5', 'known_hash', 'file_hash', 'checksum', 'expected_hash']);
const URL = /^https?:\/\/\S+$/i;
/** Functions that fetch a trained model by name: `get_ckpt_path`, `load_pretrained`, `download_weights`. */
const CHECKPOINT_NAME = /ckpt|checkpoint|pretrained|weights/i;

/**
 * Networks a model is trained or judged with, fetched by its code but not the trained model itself: LPIPS's VGG
 * (a perceptual loss), the Inception network of FID and IS.
 */
const AUXILIARY_NETWORK = /lpips|vgg|inception/i;

/** Every model file the module names is an auxiliary network (`CKPT_MAP = {"vgg_lpips": "vgg.pth"}`). */
function namesOnlyAuxiliaryNetworks(analysis: PyAnalysis): boolean {
  const named = analysis.strings.map(s => s.value.trim().replace(/[?#].*$/, '')).filter(v => modelArtefactKind(v) !== undefined);
  return named.length > 0 && named.every(v => AUXILIARY_NETWORK.test(v.slice(v.lastIndexOf('/') + 1)));
}

function calleeOf(call: PyCall): string {
  return call.qualified ?? call.text;
}

/** A string literal naming a model file by URL ('https://host/<sha256>/tiny.pt'). */
function isModelUrl(value: string): boolean {
  const trimmed = value.trim();
  return URL.test(trimmed) && modelArtefactKind(trimmed.replace(/[?#].*$/, '')) !== undefined;
}

/** A hash the downloader itself checks: `check_hash=True`, `hash_prefix=...`, `known_hash=...`. */
function checkedByDownloader(call: PyCall): string | undefined {
  if (/^True$/.test(call.keywords.check_hash ?? '')) {
    return 'check_hash=True';
  }
  const keyword = Object.keys(call.keywords).find(k => HASH_KEYWORDS.has(k) && call.keywords[k] !== 'None');
  return keyword && `${keyword}=`;
}

/** The first model download the code verifies, or undefined. */
export function verifiedModelDownload(analysis: PyAnalysis): VerifiedModelDownload | undefined {
  if (namesOnlyAuxiliaryNetworks(analysis)) {
    return undefined;
  }
  const modelUrls = analysis.strings.filter(s => isModelUrl(s.value));
  for (const call of analysis.calls) {
    const isModelLoader = MODEL_URL_LOADERS.test(calleeOf(call));
    if (!isModelLoader && !(modelUrls.length && isDownloadCall(call))) {
      continue;
    }
    const check = checkedByDownloader(call);
    if (check) {
      return { line: call.line, check };
    }
  }
  // A model URL fetched, then the bytes hashed with hashlib and compared; or a checkpoint helper
  // (`get_ckpt_path`) fetching from a table of links (without a file name) checked against a hash table.
  const hashed = analysis.calls.find(c => c.qualified?.startsWith('hashlib.'));
  const fetched = analysis.calls.find(c => isDownloadCall(c) || MODEL_URL_LOADERS.test(calleeOf(c)));
  const checkpointHelper = analysis.functions.some(f => CHECKPOINT_NAME.test(f.name));
  if (hashed && fetched && (modelUrls.length || checkpointHelper)) {
    return { line: modelUrls[0]?.line ?? fetched.line, check: hashed.qualified! };
  }
  return undefined;
}

const SHELL_FETCH = /\b(?:wget|curl|aria2c|gdown|gsutil\s+cp|aws\s+s3\s+cp|huggingface-cli\s+download)\b/;
const SHELL_CHECK = /\b(sha256sum|sha1sum|sha512sum|md5sum|shasum|openssl\s+dgst)\b/;
const SHELL_URL = /(?:https?|gs|s3):\/\/[^\s"'`)]+/g;

/** A model file fetched by a shell step (a download script, a notebook's `!wget`) and checked with a checksum tool. */
export function verifiedShellModelDownload(lines: readonly string[]): VerifiedModelDownload | undefined {
  const commands = lines.map(l => l.replace(/(^|\s)#.*$/, ''));
  const fetch = commands.findIndex(
    l => SHELL_FETCH.test(l) && [...l.matchAll(SHELL_URL)].some(m => modelArtefactKind(m[0].replace(/[?#].*$/, '')) !== undefined)
  );
  const check = commands.find(l => SHELL_CHECK.test(l));
  return fetch >= 0 && check !== undefined ? { line: fetch + 1, check: SHELL_CHECK.exec(check)![1] } : undefined;
}
