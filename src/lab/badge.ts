/**
 * A README badge for the score: a flat, shields-style SVG that GitHub renders as an image. Its
 * colours are literal (it is shown outside JupyterLab, where no --jp-* variable exists).
 */
import { gradeOf } from '../audit/report';

const GRADE_COLOURS: Record<ReturnType<typeof gradeOf>, string> = {
  A: '#2e7d32',
  B: '#558b2f',
  C: '#f9a825',
  D: '#ef6c00',
  F: '#c62828'
};

/** Rough width of 11px Verdana text: wide enough for the badge's short ASCII labels. */
function textWidth(text: string): number {
  return Math.round(text.length * 6.6) + 10;
}

export function badgeSvg(score: number, label = 'reproducibility'): string {
  const safeScore = Math.max(0, Math.min(100, Math.round(score)));
  const grade = gradeOf(safeScore);
  const value = `${safeScore}/100 ${grade}`;
  const left = textWidth(label);
  const right = textWidth(value);
  const width = left + right;
  // Labels are ours or digits, but escape anyway: the file may be edited by hand later.
  const esc = (s: string) => s.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${esc(label)}: ${esc(value)}">`,
    `<title>${esc(label)}: ${esc(value)}</title>`,
    `<rect width="${left}" height="20" fill="#555"/>`,
    `<rect x="${left}" width="${right}" height="20" fill="${GRADE_COLOURS[grade]}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="14">${esc(label)}</text>`,
    `<text x="${left + right / 2}" y="14">${esc(value)}</text>`,
    `</g>`,
    `</svg>`,
    ''
  ].join('\n');
}

/** The Markdown that shows the badge from a README in the same folder. */
export function badgeMarkdown(score: number, fileName: string): string {
  const grade = gradeOf(score);
  return `![Reproducibility ${score}/100 (grade ${grade})](${fileName})`;
}
