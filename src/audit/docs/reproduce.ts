/**
 * How-to-reproduce steps in a README: a section (or a paragraph) about reproducing, usage, getting
 * started, installing or running, that holds a code block or command lines.
 */
import { DocOutline, isInCode, sectionOf } from './outline';
import { isCommandLine } from './commands';

export interface ReproduceSteps {
  /** 1-based line of the heading or paragraph that introduces the steps. */
  line: number;
  /** The heading's text, or the paragraph's first words. */
  title: string;
  /** 1-based line of the first code block or command under it. */
  commandLine: number;
}

export interface ReproduceFinding {
  steps?: ReproduceSteps;
  /** A matching heading with no code or command under it (reported when `steps` is undefined). */
  headingOnly?: { line: number; title: string };
}

const STEPS_HEADING =
  /reproduc|replicat|usage|getting started|get started|quick\s?start|install|how to (run|use)|\brun(ning)?\b|\btrain(ing)?\b|evaluat|experiments?\b|set\s?up|instructions|examples?\b/i;
const STEPS_PARAGRAPH = /\b(to reproduce|reproduc\w*|replicat\w*|to run|run the|usage|getting started|to install)\b/i;

/** Lines after a paragraph in which its code or command may start. */
const PARAGRAPH_REACH = 8;

/** The first code block or command line within lines from..to (1-based, inclusive). */
function firstCommand(outline: DocOutline, from: number, to: number): number | undefined {
  const block = outline.codeBlocks.find(b => b.line >= from && b.line <= to);
  for (let line = from; line <= to; line++) {
    if (block && line === block.line) {
      return line;
    }
    if (!isInCode(outline, line) && isCommandLine(outline.lines[line - 1] ?? '')) {
      return line;
    }
  }
  return block?.line;
}

/** A paragraph's first words, cut at a word boundary. */
function shortTitle(text: string, max = 60): string {
  if (text.length <= max) {
    return text;
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

export function findReproduceSteps(outline: DocOutline): ReproduceFinding {
  let headingOnly: ReproduceFinding['headingOnly'];
  for (const heading of outline.headings) {
    if (!STEPS_HEADING.test(heading.text)) {
      continue;
    }
    const section = sectionOf(outline, heading);
    const commandLine = firstCommand(outline, heading.line + 1, section.endLine);
    if (commandLine !== undefined) {
      return { steps: { line: heading.line, title: heading.text, commandLine } };
    }
    headingOnly ??= { line: heading.line, title: heading.text };
  }
  for (let line = 1; line <= outline.lines.length; line++) {
    const text = outline.lines[line - 1];
    if (isInCode(outline, line) || !STEPS_PARAGRAPH.test(text)) {
      continue;
    }
    const commandLine = firstCommand(outline, line, Math.min(outline.lines.length, line + PARAGRAPH_REACH));
    if (commandLine !== undefined) {
      const title = shortTitle(text.trim().replace(/^[#>*\s-]+/, ''));
      return { steps: { line, title, commandLine } };
    }
  }
  return { headingOnly };
}
