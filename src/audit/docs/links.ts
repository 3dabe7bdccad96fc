/**
 * Links from a document to other documents of the repo (`[Training](docs/TRAINING.md)`,
 * `` `Usage <USAGE.rst>`_ ``), resolved to repo paths: READMEs often hand the steps to another file.
 */
import { dirName, joinPath } from '../reader';

export interface DocLink {
  /** Repo-relative target, anchor removed. */
  target: string;
  /** 1-based line of the link. */
  line: number;
}

const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_LINK = /href="([^"]+)"/g;
const RST_LINK = /`[^`<]*<([^>`]+)>`_/g;
const DOCUMENT = /\.(md|markdown|rst|txt)$/i;

/** Resolve `../a/./b.md` against a folder; undefined when it leaves the repo. */
function resolve(base: string, target: string): string | undefined {
  const parts: string[] = [];
  for (const part of joinPath(base, target.replace(/^\.?\//, '')).split('/')) {
    if (part === '..') {
      if (!parts.length) {
        return undefined;
      }
      parts.pop();
    } else if (part && part !== '.') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Links to local documents in the lines of the document at `path`, in order, each target once. */
export function localDocumentLinks(lines: readonly string[], path: string): DocLink[] {
  const links: DocLink[] = [];
  const seen = new Set<string>();
  lines.forEach((text, i) => {
    for (const re of [MARKDOWN_LINK, HTML_LINK, RST_LINK]) {
      for (const match of text.matchAll(re)) {
        const raw = match[1].replace(/#.*$/, '');
        if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || !DOCUMENT.test(raw)) {
          continue;
        }
        const target = resolve(dirName(path), decoded(raw));
        if (target && !seen.has(target)) {
          seen.add(target);
          links.push({ target, line: i + 1 });
        }
      }
    }
  });
  return links;
}
