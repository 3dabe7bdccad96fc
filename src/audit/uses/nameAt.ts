/** The dotted name under a cursor in Python code ('np.random.seed' up to the part the cursor is on). */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';

function isDottedName(node: SyntaxNode): boolean {
  if (node.name === 'VariableName') {
    return true;
  }
  return node.name === 'MemberExpression' && node.lastChild?.name === 'PropertyName' && !!node.firstChild && isDottedName(node.firstChild);
}

/** The dotted name ending at the identifier around `offset`, or undefined when the cursor is on no name. */
export function nameAt(source: string, offset: number): string | undefined {
  const tree = parser.parse(source);
  for (const side of [1, -1] as const) {
    const node = tree.resolveInner(offset, side);
    if (node.name === 'VariableName') {
      return source.slice(node.from, node.to);
    }
    if (node.name === 'PropertyName' && node.parent && isDottedName(node.parent)) {
      return source.slice(node.parent.from, node.to).replace(/\s+/g, '');
    }
  }
  return undefined;
}
