/**
 * A README's results: a table (Markdown, reStructuredText or HTML) or a section titled like results.
 * Papers with Code asks for a results table next to the commands that produce it.
 */
import { DocOutline, sectionOf } from './outline';

export interface ResultsFinding {
  /** 1-based line of the table or heading. */
  line: number;
  kind: 'results-table' | 'results-heading' | 'results-link' | 'table';
  /** The results heading's text, when there is one. */
  heading?: string;
}

const RESULTS_HEADING = /\bresults?\b|benchmarks?|performance|evaluation|leaderboard|accuracy|\bscores?\b|\bmetrics?\b/i;
/** A section on the study's published reports (not on reporting bugs), which counts when it links them. */
const REPORTS_HEADING = /\breports?\b/i;
const NOT_RESULTS = /\bbugs?\b|\bissues?\b|\berrors?\b|\bproblems?\b|\bsecurity\b/i;
const WEB_LINK = /\bhttps?:\/\/\S+/i;

/** The best evidence of results: a table under a results heading, then such a heading, then any table. */
export function findResults(outline: DocOutline): ResultsFinding | undefined {
  const headings = outline.headings.filter(h => RESULTS_HEADING.test(h.text));
  for (const heading of headings) {
    const section = sectionOf(outline, heading);
    const table = outline.tables.find(t => t.line > heading.line && t.line <= section.endLine);
    if (table) {
      return { line: table.line, kind: 'results-table', heading: heading.text };
    }
  }
  if (headings.length) {
    return { line: headings[0].line, kind: 'results-heading', heading: headings[0].text };
  }
  for (const heading of outline.headings.filter(h => REPORTS_HEADING.test(h.text) && !NOT_RESULTS.test(h.text))) {
    const section = sectionOf(outline, heading);
    if (outline.lines.slice(heading.line, section.endLine).some(line => WEB_LINK.test(line))) {
      return { line: heading.line, kind: 'results-link', heading: heading.text };
    }
  }
  const table = outline.tables[0];
  return table && { line: table.line, kind: 'table' };
}
