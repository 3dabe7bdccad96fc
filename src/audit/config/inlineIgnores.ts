/**
 * Inline ignores, as `# noqa` is for flake8: `repro-audit: ignore[code, ...] why` in a comment on a finding's
 * line, or anywhere in a notebook cell (then it covers the cell's findings). Any comment syntax works
 * (`#`, `<!-- -->`), so requirements files, YAML and Markdown can carry one too. Text after the bracket is the
 * reason shown with the ignored finding.
 */
import type { RepoFacts } from '../facts';
import { NOTEBOOKS } from '../notebook/facts';
import type { Finding } from '../report';
import { IgnoreTarget, isIgnoreTarget } from './repoConfig';

// A marker in a line's text, as `# noqa` is: comments are not among the Python parser's facts, and the same
// marker must work in requirements files, YAML and Markdown, which have no parser here.
const DIRECTIVE = /repro-audit:\s*ignore\[([^\]]*)\]([^\r\n]*)/g;

export interface InlineDirective {
  targets: string[];
  reason?: string;
}

/** The directives on one line of text (usually one). */
export function directivesOn(line: string): InlineDirective[] {
  const found: InlineDirective[] = [];
  for (const m of line.matchAll(DIRECTIVE)) {
    const targets = m[1]
      .split(',')
      .map(t => t.trim())
      .filter(Boolean);
    // The reason is free text after the bracket, without a closing `-->` or a leading dash or colon.
    const reason = m[2]
      .replace(/-->.*$/, '')
      .replace(/^[\s:—–-]+/, '')
      .trim();
    found.push({ targets, ...(reason ? { reason } : {}) });
  }
  return found;
}

interface PlacedDirective extends InlineDirective {
  /** 1-based line in the file, or in the cell for notebooks. */
  line: number;
  cell?: number;
}

/** The ignore an inline comment gives a finding, if any; unknown codes it names become warnings (once per place). */
export class InlineIgnores {
  private readonly byPath = new Map<string, Promise<PlacedDirective[]>>();
  private readonly warned = new Set<string>();
  readonly warnings: Finding[] = [];

  constructor(private readonly facts: RepoFacts) {}

  async ignoreFor(checkId: string | undefined, finding: Finding): Promise<{ reason: string } | undefined> {
    // Only a finding at a line or a cell can have a comment there: a file flagged as a whole (a 60 MB data
    // file) is never read just to look for one.
    if (finding.path === undefined || (finding.line === undefined && finding.cell === undefined) || !this.facts.has(finding.path)) {
      return undefined;
    }
    const directives = await this.directivesOf(finding.path);
    const here = directives.filter(d =>
      finding.cell !== undefined ? d.cell === finding.cell : d.cell === undefined && d.line === finding.line
    );
    for (const d of here) {
      this.warnUnknown(finding.path, d);
      if (d.targets.some(t => t === finding.code || t === checkId)) {
        const where = d.cell !== undefined ? `cell ${d.cell + 1}` : `line ${d.line}`;
        return { reason: d.reason ?? `ignored by a comment at ${finding.path}, ${where}` };
      }
    }
    return undefined;
  }

  private warnUnknown(path: string, d: PlacedDirective): void {
    for (const target of d.targets) {
      const key = `${path}\0${d.cell}\0${d.line}\0${target}`;
      if (isIgnoreTarget(target) || this.warned.has(key)) {
        continue;
      }
      this.warned.add(key);
      this.warnings.push({
        status: 'warn',
        code: 'config.inline-unknown-code',
        message: `An inline ignore names "${target}", which is neither an item nor a known finding code (see docs/codes.md)`,
        path,
        line: d.line,
        ...(d.cell !== undefined ? { cell: d.cell } : {})
      });
    }
  }

  private directivesOf(path: string): Promise<PlacedDirective[]> {
    let found = this.byPath.get(path);
    if (!found) {
      found = path.endsWith('.ipynb') ? this.notebookDirectives(path) : this.textDirectives(path);
      this.byPath.set(path, found);
    }
    return found;
  }

  private async textDirectives(path: string): Promise<PlacedDirective[]> {
    const file = await this.facts.text(path);
    return file.text === undefined || !file.text.includes('repro-audit:') ? [] : placed(file.text);
  }

  private async notebookDirectives(path: string): Promise<PlacedDirective[]> {
    const notebook = (await this.facts.get(NOTEBOOKS)).find(n => n.path === path)?.notebook;
    return (notebook?.cells ?? []).flatMap(cell =>
      cell.source.includes('repro-audit:') ? placed(cell.source).map(d => ({ ...d, cell: cell.index })) : []
    );
  }
}

function placed(text: string): PlacedDirective[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => directivesOn(line).map(d => ({ ...d, line: i + 1 })));
}

export type { IgnoreTarget };
