/**
 * setup.py, read statically (never run): the literal lists passed as `install_requires=` and
 * `extras_require=` to `setup(...)`, through module-level names and `+` concatenations.
 * Lists computed at run time (read from a file, built in a loop) are not followed.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { parseRequirementLine } from './requirementsTxt';
import type { ParsedDeclaration } from './types';

class Source {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') {
        this.lineStarts.push(i + 1);
      }
    }
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  of(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }
}

/** The value of a plain string literal; undefined for f-strings and byte strings. */
function stringValue(literal: string): string | undefined {
  const m = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(literal);
  return m ? m[3] : undefined;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    out.push(child);
  }
  return out;
}

/** `name=value` pairs of an argument list. */
function keywordArguments(args: SyntaxNode, source: Source): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const list = children(args);
  for (let i = 0; i + 2 < list.length; i++) {
    if (list[i].name === 'VariableName' && list[i + 1].name === 'AssignOp') {
      out.set(source.of(list[i]), list[i + 2]);
    }
  }
  return out;
}

function isSetupCall(call: SyntaxNode, source: Source): boolean {
  const callee = call.firstChild;
  if (!callee) {
    return false;
  }
  if (callee.name === 'VariableName') {
    return source.of(callee) === 'setup';
  }
  const property = callee.lastChild;
  return callee.name === 'MemberExpression' && property?.name === 'PropertyName' && source.of(property) === 'setup';
}

export function parseSetupPy(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  const source = new Source(text);
  const tree = parser.parse(text);
  // Module-level `NAME = value`, the last one before the setup() call wins.
  const assignments: { name: string; value: SyntaxNode; at: number }[] = [];
  const calls: SyntaxNode[] = [];
  tree.iterate({
    enter: ref => {
      const node = ref.node;
      if (node.name === 'AssignStatement' && node.parent?.name === 'Script') {
        const parts = children(node);
        if (parts.length === 3 && parts[0].name === 'VariableName' && parts[1].name === 'AssignOp') {
          assignments.push({ name: source.of(parts[0]), value: parts[2], at: node.from });
        }
      }
      if (node.name === 'CallExpression' && isSetupCall(node, source)) {
        calls.push(node);
      }
    }
  });

  const requirementStrings = (node: SyntaxNode, at: number, depth: number): SyntaxNode[] => {
    if (depth > 8) {
      return [];
    }
    switch (node.name) {
      case 'ArrayExpression':
      case 'TupleExpression':
      case 'ParenthesizedExpression':
        return children(node).flatMap(c => (c.name === 'String' ? [c] : requirementStrings(c, at, depth + 1)));
      case 'BinaryExpression':
        return children(node).flatMap(c => requirementStrings(c, at, depth + 1));
      case 'VariableName': {
        const name = source.of(node);
        const bound = assignments.filter(a => a.name === name && a.at < at).pop();
        return bound ? requirementStrings(bound.value, bound.at, depth + 1) : [];
      }
      default:
        return [];
    }
  };

  const add = (node: SyntaxNode, at: number, group: string | undefined): void => {
    for (const literal of requirementStrings(node, at, 0)) {
      const value = stringValue(source.of(literal));
      if (value === undefined) {
        continue;
      }
      const parsed = parseRequirementLine(value, path, source.lineAt(literal.from), group);
      if (parsed.package) {
        result.packages.push(parsed.package);
      }
      if (parsed.problem) {
        result.problems.push(parsed.problem);
      }
    }
  };

  for (const call of calls) {
    const args = call.getChild('ArgList');
    if (!args) {
      continue;
    }
    const keywords = keywordArguments(args, source);
    const name = keywords.get('name');
    if (name?.name === 'String' && !result.projectName) {
      result.projectName = stringValue(source.of(name));
    }
    const install = keywords.get('install_requires');
    if (install) {
      add(install, call.from, undefined);
    }
    const extras = keywords.get('extras_require');
    const boundBefore = (name: string): SyntaxNode | undefined =>
      assignments.filter(a => a.name === name && a.at < call.from).pop()?.value;
    const dict = extras?.name === 'VariableName' ? boundBefore(source.of(extras)) : extras;
    if (dict?.name === 'DictionaryExpression') {
      const parts = children(dict);
      for (let i = 0; i + 2 < parts.length; i++) {
        if (parts[i + 1].name === ':') {
          const key = parts[i].name === 'String' ? stringValue(source.of(parts[i])) : undefined;
          add(parts[i + 2], call.from, `optional:${key ?? '?'}`);
        }
      }
    }
  }
  return result;
}
