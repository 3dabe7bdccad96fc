/**
 * Line diffs for previews: Myers' O(ND) shortest edit script, rendered as a unified diff
 * (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with three lines of context).
 */

export type DiffOp = { kind: 'same' | 'delete' | 'insert'; line: string };

/** Lines of a text, each without its line break; a final line break adds no empty line. */
export function linesOf(text: string): string[] {
  if (!text) {
    return [];
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/** The shortest sequence of kept, deleted and inserted lines that turns `a` into `b`. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Before step d, the furthest x on diagonals -d..d (stored with their own offset d), for the walk back.
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const at = (diagonal: number): number => prev[diagonal + d];
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'same', line: a[--x] });
      y--;
    }
    if (d > 0) {
      if (down) {
        ops.push({ kind: 'insert', line: b[--y] });
      } else {
        ops.push({ kind: 'delete', line: a[--x] });
      }
    }
  }
  return ops.reverse();
}

export interface UnifiedDiffOptions {
  /** Header names: `--- oldName`, `+++ newName`. */
  oldName: string;
  newName: string;
  /** Lines of context around each change (3 by default). */
  context?: number;
}

/** A unified diff of two texts; '' when they have the same lines. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions): string {
  const a = linesOf(oldText);
  const b = linesOf(newText);
  const ops = diffLines(a, b);
  if (ops.every(op => op.kind === 'same')) {
    return '';
  }
  const context = options.context ?? 3;
  const out = [`--- ${options.oldName}`, `+++ ${options.newName}`];
  // Position of each op in both texts, to cut hunks.
  const at: Array<{ oldLine: number; newLine: number }> = [];
  let oldLine = 0;
  let newLine = 0;
  for (const op of ops) {
    at.push({ oldLine, newLine });
    if (op.kind !== 'insert') {
      oldLine++;
    }
    if (op.kind !== 'delete') {
      newLine++;
    }
  }
  const changed = ops.map((op, i) => (op.kind === 'same' ? -1 : i)).filter(i => i >= 0);
  let h = 0;
  while (h < changed.length) {
    let last = h;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1) {
      last++;
    }
    const from = Math.max(0, changed[h] - context);
    const to = Math.min(ops.length, changed[last] + context + 1);
    const slice = ops.slice(from, to);
    const oldCount = slice.filter(op => op.kind !== 'insert').length;
    const newCount = slice.filter(op => op.kind !== 'delete').length;
    const oldStart = oldCount ? at[from].oldLine + 1 : at[from].oldLine;
    const newStart = newCount ? at[from].newLine + 1 : at[from].newLine;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of slice) {
      out.push((op.kind === 'same' ? ' ' : op.kind === 'delete' ? '-' : '+') + op.line);
    }
    h = last + 1;
  }
  return out.join('\n') + '\n';
}
