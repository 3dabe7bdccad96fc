/**
 * A documented download of a trained model: a link to a model file or to a model hub in the docs,
 * with a checksum nearby (a hex digest, a `sha256sum`/`md5sum` step, or a named md5/sha256) so that
 * users can verify it.
 */
import { modelArtefactKind } from '../data/modelFiles';

export interface ModelDownload {
  /** 1-based line of the link. */
  line: number;
  url: string;
  /** 1-based line of the checksum, when one is near. */
  checksumLine?: number;
}

const URL = /https?:\/\/[^\s)<>\]"'`]+/g;
const HUB = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co|zenodo\.org|figshare\.com|[\w.-]*figshare\.com|drive\.google\.com|(?:www\.)?dropbox\.com|tfhub\.dev|kaggle\.com\/models|osf\.io|dataverse\.[\w.]+|github\.com\/[^/]+\/[^/]+\/releases)/i;
const MODEL_WORDS = /\b(?:models?|weights|checkpoints?|pre-?trained|trained)\b/i;
/** A full hex digest, a checksum tool, or a checksum named beside (possibly short) digests, as in a table row "md5 | 8cad7c". */
const CHECKSUM = /\b[a-f0-9]{64}\b|\b[a-f0-9]{40}\b|\b[a-f0-9]{32}\b|\b(?:sha256sum|sha1sum|md5sum|shasum)\b|\b(?:md5|sha-?256|sha-?1|sha-?512|checksums?)\b/i;

/** Lines either side of a link where its context words and its checksum may be. */
const CONTEXT = 2;
const CHECKSUM_REACH = 5;

function isModelUrl(url: string, context: string): boolean {
  const path = url.replace(/[?#].*$/, '').replace(/[.,;:]+$/, '');
  if (modelArtefactKind(path)) {
    return true;
  }
  return HUB.test(url) && MODEL_WORDS.test(context);
}

/** Model download links in a document's lines, each with the nearest checksum line. */
export function findModelDownloads(lines: readonly string[]): ModelDownload[] {
  const downloads: ModelDownload[] = [];
  lines.forEach((text, i) => {
    for (const match of text.matchAll(URL)) {
      const context = lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).join('\n');
      if (!isModelUrl(match[0], context)) {
        continue;
      }
      let checksumLine: number | undefined;
      for (let d = 0; d <= CHECKSUM_REACH && checksumLine === undefined; d++) {
        // Look at the link's own line first, then alternately below and above it.
        for (const j of d === 0 ? [i] : [i + d, i - d]) {
          if (j >= 0 && j < lines.length && CHECKSUM.test(lines[j].replace(URL, ''))) {
            checksumLine = j + 1;
            break;
          }
        }
      }
      downloads.push({ line: i + 1, url: match[0], checksumLine });
    }
  });
  return downloads;
}
