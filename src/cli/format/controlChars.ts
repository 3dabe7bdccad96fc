/**
 * Repo-derived text (file names, messages quoting file content) may hold line breaks, terminal
 * escape sequences or bidirectional overrides. Human-facing outputs pass it through `oneLine` so
 * that a hostile file name cannot move the cursor, recolour the terminal or reorder what is shown.
 */

// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates ("Trojan Source").
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of visible text: breaks and tabs become spaces, other controls a visible `\u{..}` escape. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, c => {
    if (c === '\n' || c === '\r' || c === '\t' || c === '\v' || c === '\f') {
      return ' ';
    }
    return `\\u{${c.charCodeAt(0).toString(16)}}`;
  });
}
