/**
 * The shell command a Python expression builds at run time, as far as its literal text tells:
 * `'unzip {}'.format(name)`, `f"tar -xzf {archive}"`, `"wget -P data " + url`, `'unzip %s' % name`.
 * The parts the code fills in are unknown words (`$ARG`, a shell variable to `shellWrites`), so that the
 * command's tool and options still say what it leaves behind (an archive unpacked in place, a folder filled).
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { REPLACEMENT_MARK, stringValue } from '../python/strings';

/** What an unknown part becomes: a word with a variable, which the shell-write reader takes as unknown. */
const UNKNOWN = '$ARG';

class TemplateReader {
  constructor(private readonly source: string) {}

  private text(node: SyntaxNode): string {
    return this.source.slice(node.from, node.to);
  }

  value(node: SyntaxNode | null): string | undefined {
    if (!node) {
      return undefined;
    }
    switch (node.name) {
      case 'String':
        return stringValue(this.source, node);
      case 'FormatString':
        return stringValue(this.source, node).split(REPLACEMENT_MARK).join(UNKNOWN);
      case 'ParenthesizedExpression':
        return this.value(node.firstChild?.nextSibling ?? null);
      case 'BinaryExpression':
        return this.binary(node);
      case 'CallExpression':
        return this.format(node);
      default:
        // A name, an attribute, a call: a value only the run knows.
        return UNKNOWN;
    }
  }

  /** `a + b` joins; `'unzip %s' % name` fills the conversions. */
  private binary(node: SyntaxNode): string | undefined {
    const left = node.firstChild;
    const op = left?.nextSibling;
    const right = op?.nextSibling ?? null;
    const opText = op ? this.text(op) : '';
    if (opText === '+') {
      const a = this.value(left);
      const b = this.value(right);
      return a === undefined || b === undefined ? undefined : a + b;
    }
    if (opText === '%' && left?.name === 'String') {
      return stringValue(this.source, left).replace(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdirfx]/g, UNKNOWN);
    }
    return undefined;
  }

  /** `'unzip {} -d {}'.format(a, b)`: every field unknown. */
  private format(node: SyntaxNode): string | undefined {
    const callee = node.firstChild;
    const object = callee?.firstChild;
    if (callee?.name !== 'MemberExpression' || object?.name !== 'String' || this.text(callee.lastChild!) !== 'format') {
      return undefined;
    }
    return stringValue(this.source, object).replace(/\{[^{}]*\}/g, UNKNOWN);
  }
}

/** The command text, or undefined when the expression is no string built from literals and values. */
export function commandTemplate(expression: string): string | undefined {
  const tree = parser.parse(expression);
  const statement = tree.topNode.firstChild;
  if (!statement || statement.name !== 'ExpressionStatement' || statement.nextSibling) {
    return undefined;
  }
  const value = new TemplateReader(expression).value(statement.firstChild);
  // A command that is all unknown says nothing.
  return value === undefined || value.trim() === UNKNOWN ? undefined : value;
}
