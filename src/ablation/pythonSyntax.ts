/**
 * The few syntax facts the ablation core needs beyond the shared analysis, read from the
 * @lezer/python tree (never by pattern-matching code): names an expression reads, the callee of a
 * call expression, and the trailing `# comment` of each line.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { parserText } from '../audit/python/parserQuirks';

function topExpression(expression: string): { node: SyntaxNode | null; text: string } {
  const text = parserText(expression);
  const tree = parser.parse(text);
  // Script > ExpressionStatement > the expression itself.
  const statement = tree.topNode.firstChild;
  const node = statement && statement.name === 'ExpressionStatement' ? statement.firstChild : null;
  return { node, text };
}

/** Variable names read anywhere in `expression` (`2 if STANDARDIZE else 1` -> ['STANDARDIZE']). */
export function namesRead(expression: string): string[] {
  const text = parserText(expression);
  const names = new Set<string>();
  parser.parse(text).iterate({
    enter: ref => {
      if (ref.name === 'VariableName') {
        names.add(text.slice(ref.from, ref.to));
      }
    }
  });
  return [...names];
}

/** The dotted callee when `expression` is a single call (`model.score(X, y)` -> 'model.score'). */
export function calleeOf(expression: string): string | undefined {
  const { node, text } = topExpression(expression);
  if (!node || node.name !== 'CallExpression' || node.to < text.trimEnd().length) {
    return undefined;
  }
  const callee = node.firstChild;
  if (!callee || (callee.name !== 'VariableName' && callee.name !== 'MemberExpression')) {
    return undefined;
  }
  return text.slice(callee.from, callee.to);
}

/** 1-based line -> the text of the comment ending that line, without the '#' and surrounding blanks. */
export function commentsByLine(source: string): Map<number, string> {
  const text = parserText(source);
  const comments = new Map<number, string>();
  parser.parse(text).iterate({
    enter: ref => {
      if (ref.name === 'Comment') {
        let line = 1;
        for (let i = 0; i < ref.from; i++) {
          if (text.charCodeAt(i) === 10) {
            line++;
          }
        }
        comments.set(line, text.slice(ref.from + 1, ref.to).trim());
      }
    }
  });
  return comments;
}
