/** A JSON.parse error, with the 1-based line when the engine names a position. */
export function jsonProblem(text: string, err: unknown): { message: string; line?: number } {
  const message = err instanceof Error ? err.message : String(err);
  const lineCol = /line (\d+)/i.exec(message);
  if (lineCol) {
    return { message: `Broken JSON: ${message}`, line: Number(lineCol[1]) };
  }
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    return { message: `Broken JSON: ${message}`, line: text.slice(0, offset).split('\n').length };
  }
  return { message: `Broken JSON: ${message}` };
}
