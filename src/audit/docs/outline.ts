/**
 * The outline of a prose document (README, HARDWARE.md): headings, code blocks and tables with their
 * 1-based lines, for Markdown and reStructuredText. Plain text is read as Markdown, which it nearly is.
 * Enough structure to find "how to reproduce" and "results"; not a full renderer.
 */

export type DocFormat = 'markdown' | 'rst';

export interface DocHeading {
  level: number;
  text: string;
  line: number;
}

/** A code block or a table: lines `line`..`endLine`, both 1-based and inclusive. */
export interface DocBlock {
  line: number;
  endLine: number;
}

export interface DocOutline {
  format: DocFormat;
  lines: string[];
  headings: DocHeading[];
  codeBlocks: DocBlock[];
  tables: DocBlock[];
}

/** The format a file name suggests. */
export function docFormatOf(path: string): DocFormat {
  return /\.(rst|rest)$/i.test(path) ? 'rst' : 'markdown';
}

export function outlineOf(text: string, format: DocFormat): DocOutline {
  const lines = text.split(/\r?\n/);
  return format === 'rst' ? rstOutline(lines) : markdownOutline(lines);
}

const MD_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MD_ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const MD_SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const MD_TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/;
const HTML_HEADING = /<h([1-6])\b[^>]*>(.*?)<\/h\1>/i;
const HTML_TABLE = /<table\b/i;

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '').trim();
}

function markdownOutline(lines: string[]): DocOutline {
  const outline: DocOutline = { format: 'markdown', lines, headings: [], codeBlocks: [], tables: [] };
  let fence: { marker: string; start: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const close = MD_FENCE.exec(line);
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length && !line.slice(close[0].length).trim()) {
        outline.codeBlocks.push({ line: fence.start, endLine: i + 1 });
        fence = undefined;
      }
      continue;
    }
    const open = MD_FENCE.exec(line);
    if (open) {
      fence = { marker: open[1], start: i + 1 };
      continue;
    }
    const atx = MD_ATX.exec(line);
    if (atx) {
      outline.headings.push({ level: atx[1].length, text: (atx[2] ?? '').trim(), line: i + 1 });
      continue;
    }
    const html = HTML_HEADING.exec(line);
    if (html) {
      outline.headings.push({ level: Number(html[1]), text: stripTags(html[2]), line: i + 1 });
      continue;
    }
    const previous = i > 0 ? lines[i - 1] : '';
    if (MD_TABLE_DELIMITER.test(line) && previous.includes('|')) {
      let end = i + 1;
      while (end < lines.length && lines[end].includes('|') && lines[end].trim()) {
        end++;
      }
      outline.tables.push({ line: i, endLine: end });
      i = end - 1;
      continue;
    }
    if (MD_SETEXT.test(line) && previous.trim() && !isStructural(previous, outline, i)) {
      outline.headings.push({ level: line.trim()[0] === '=' ? 1 : 2, text: previous.trim(), line: i });
      continue;
    }
    if (HTML_TABLE.test(line)) {
      const close = lines.findIndex((l, j) => j >= i && /<\/table>/i.test(l));
      outline.tables.push({ line: i + 1, endLine: close < 0 ? i + 1 : close + 1 });
    }
  }
  if (fence) {
    // An unclosed fence runs to the end of the document, as in CommonMark.
    outline.codeBlocks.push({ line: fence.start, endLine: lines.length });
  }
  return outline;
}

/** The line before a `---` is no setext title when it is a list item, a heading or a table row. */
function isStructural(previous: string, outline: DocOutline, index: number): boolean {
  const last = outline.headings[outline.headings.length - 1];
  const lastTable = outline.tables[outline.tables.length - 1];
  return (
    /^\s*([-*+]|\d+[.)])\s/.test(previous) ||
    last?.line === index ||
    (lastTable !== undefined && lastTable.endLine >= index)
  );
}

const RST_ADORNMENT = /^([=\-~^"'`#*+:._<>!$%&,;/?@\\|])\1{2,}\s*$/;
const RST_CODE_DIRECTIVE = /^\s*\.\.\s+(code-block|code|sourcecode|prompt|highlight|doctest)::/;
const RST_TABLE_DIRECTIVE = /^\s*\.\.\s+(list-table|csv-table|table)::/;
const RST_GRID_BORDER = /^\s*\+[-=+]+\+\s*$/;
const RST_SIMPLE_BORDER = /^\s*=+( +=+)+\s*$/;

/** Lines of an indented body after line `start` (0-based): through the last line indented deeper than it. */
function indentedBodyEnd(lines: string[], start: number): number {
  const indent = (l: string) => l.length - l.trimStart().length;
  const base = indent(lines[start]);
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    if (!lines[j].trim()) {
      continue;
    }
    if (indent(lines[j]) <= base) {
      break;
    }
    end = j;
  }
  return end;
}

function rstOutline(lines: string[]): DocOutline {
  const outline: DocOutline = { format: 'rst', lines, headings: [], codeBlocks: [], tables: [] };
  // Heading levels follow the order in which adornment styles first appear.
  const styles: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (RST_CODE_DIRECTIVE.test(line) || (/::\s*$/.test(line) && !/^\s*\.\./.test(line))) {
      const end = indentedBodyEnd(lines, i);
      if (end > i) {
        outline.codeBlocks.push({ line: i + 1, endLine: end + 1 });
        i = end;
      }
      continue;
    }
    if (RST_TABLE_DIRECTIVE.test(line)) {
      const end = indentedBodyEnd(lines, i);
      outline.tables.push({ line: i + 1, endLine: end + 1 });
      i = end;
      continue;
    }
    if (RST_GRID_BORDER.test(line) || RST_SIMPLE_BORDER.test(line)) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1].trim()) {
        end++;
      }
      outline.tables.push({ line: i + 1, endLine: end + 1 });
      i = end;
      continue;
    }
    const title = lines[i];
    const under = lines[i + 1];
    if (title?.trim() && !RST_ADORNMENT.test(title) && under !== undefined && RST_ADORNMENT.test(under)) {
      const over = i > 0 && RST_ADORNMENT.test(lines[i - 1]) && lines[i - 1].trim()[0] === under.trim()[0];
      const style = (over ? 'o' : 'u') + under.trim()[0];
      if (!styles.includes(style)) {
        styles.push(style);
      }
      outline.headings.push({ level: styles.indexOf(style) + 1, text: title.trim(), line: i + 1 });
      i++;
    }
  }
  return outline;
}

/** A heading's section: its line through the line before the next heading of the same or a higher level. */
export function sectionOf(outline: DocOutline, heading: DocHeading): DocBlock {
  const next = outline.headings.find(h => h.line > heading.line && h.level <= heading.level);
  return { line: heading.line, endLine: next ? next.line - 1 : outline.lines.length };
}

/** True when the 1-based line lies inside a code block. */
export function isInCode(outline: DocOutline, line: number): boolean {
  return outline.codeBlocks.some(b => line >= b.line && line <= b.endLine);
}
