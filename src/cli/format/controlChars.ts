/**
 * Repo-derived text (file names, messages quoting file content) may hold line breaks, terminal
 * escape sequences or bidirectional overrides. Human-facing outputs pass it through `oneLine` so
 * that a hostile file name cannot move the cursor, recolour the terminal, break a Markdown table or
 * reorder what is shown.
 */

// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates ("Trojan Source").
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One line of visible text: line breaks and tabs become `\n`, `\r`, `\t`, other controls `\u{1b}`,
 * so that a file name with a newline in it is shown as what it is.
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, c => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`);
}
