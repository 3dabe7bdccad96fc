/**
 * Exact places in Python source for the fixer's edits, read from the @lezer/python tree: a call's
 * argument list, a dict literal's entries, an assignment's value, and where a script's header
 * (docstring, `from __future__` and leading imports) ends. The analysis (analyze.ts) says what the
 * code means; this says where to type.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import { parserText } from '../audit/python/parserQuirks';

/** One item of a bracketed list: an argument (`x`, `k=v`, `*a`) or a dict entry (`"k": v`, `**d`). */
export interface BracketItem {
  from: number;
  to: number;
  /** For `k=v` arguments: the keyword. */
  keyword?: string;
  /** The value's span (after `k=` or `"k":`; the whole item otherwise). */
  valueFrom: number;
  valueTo: number;
  /** The value is a single node of this type ('DictionaryExpression', 'CallExpression', ...). */
  valueNode?: SyntaxNode;
}

/** A call's argument list or a dict literal: brackets and items. */
export interface BracketList {
  /** Offset of the opening bracket. */
  open: number;
  /** Offset of the closing bracket. */
  close: number;
  items: BracketItem[];
  /** Offset just after a trailing comma, if the list ends with one. */
  trailingCommaEnd?: number;
}

/** Children of a node other than comments. */
export function meaningful(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'Comment') {
      out.push(c);
    }
  }
  return out;
}

export class PythonSyntax {
  readonly tree: Tree;

  constructor(readonly source: string) {
    this.tree = parser.parse(parserText(source));
  }

  private text(node: { from: number; to: number }): string {
    return this.source.slice(node.from, node.to);
  }

  /** The bracketed items of an ArgList or DictionaryExpression node. */
  bracketList(node: SyntaxNode): BracketList | undefined {
    const children = meaningful(node);
    const first = children[0];
    const last = children[children.length - 1];
    if (!first || !last || !'({'.includes(first.name) || !')}'.includes(last.name) || first === last) {
      return undefined;
    }
    const inner = children.slice(1, -1);
    const groups: SyntaxNode[][] = [[]];
    let trailingCommaEnd: number | undefined;
    for (const c of inner) {
      if (c.name === ',') {
        groups.push([]);
        trailingCommaEnd = c.to;
      } else {
        groups[groups.length - 1].push(c);
        trailingCommaEnd = undefined;
      }
    }
    const items: BracketItem[] = [];
    for (const group of groups) {
      if (!group.length) {
        continue;
      }
      const from = group[0].from;
      const to = group[group.length - 1].to;
      let value = group;
      let keyword: string | undefined;
      if (group[0].name === 'VariableName' && group[1]?.name === 'AssignOp' && this.text(group[1]) === '=') {
        keyword = this.text(group[0]);
        value = group.slice(2);
      } else {
        const colon = group.findIndex(c => c.name === ':');
        if (colon > 0 && first.name === '{') {
          value = group.slice(colon + 1);
        }
      }
      const valueFrom = value.length ? value[0].from : to;
      const valueTo = value.length ? value[value.length - 1].to : to;
      items.push({
        from,
        to,
        ...(keyword !== undefined && { keyword }),
        valueFrom,
        valueTo,
        ...(value.length === 1 && { valueNode: value[0] })
      });
    }
    return { open: first.from, close: last.from, items, ...(trailingCommaEnd !== undefined && { trailingCommaEnd }) };
  }

  /**
   * The argument list of the call at `offset` whose callee reads `calleeText` (dots joined, no
   * spaces), as PyCall reports it. Chained calls (`f()()`) share an offset: the callee tells them apart.
   */
  callArguments(offset: number, calleeText: string): BracketList | undefined {
    for (let node: SyntaxNode | null = this.tree.resolveInner(offset, 1); node; node = node.parent) {
      if (node.from !== offset) {
        if (node.from < offset) {
          break;
        }
        continue;
      }
      if (node.name === 'CallExpression') {
        const callee = node.firstChild;
        const args = node.getChild('ArgList');
        if (callee && args && this.text(callee).replace(/\s+/g, '') === calleeText) {
          return this.bracketList(args);
        }
      }
    }
    return undefined;
  }

  /** The value node of the assignment whose target starts at `targetOffset` (a single `name = value`). */
  assignedValue(targetOffset: number): SyntaxNode | undefined {
    for (let node: SyntaxNode | null = this.tree.resolveInner(targetOffset, 1); node; node = node.parent) {
      if (node.name === 'AssignStatement') {
        const children = meaningful(node);
        const ops = children.filter(c => c.name === 'AssignOp');
        if (ops.length !== 1 || children[0].from !== targetOffset) {
          return undefined;
        }
        const value = children.slice(children.indexOf(ops[0]) + 1);
        return value.length === 1 ? value[0] : undefined;
      }
    }
    return undefined;
  }

  /** The top-level statement holding `offset`. */
  topLevelStatementAt(offset: number): { from: number; to: number } | undefined {
    for (let c = this.tree.topNode.firstChild; c; c = c.nextSibling) {
      if (c.from <= offset && offset < c.to) {
        return { from: c.from, to: c.to };
      }
    }
    return undefined;
  }

  /** Offset after the line break that ends the line holding `offset` (the text's end on the last line). */
  lineEndAfter(offset: number): number {
    const newline = this.source.indexOf('\n', offset);
    return newline < 0 ? this.source.length : newline + 1;
  }

  /**
   * Where a script's header ends: after the module docstring, `from __future__` imports and the
   * imports that follow them at the top (line breaks included); 0 when there is none.
   */
  headerEnd(): number {
    let end = 0;
    let first = true;
    for (const statement of meaningful(this.tree.topNode)) {
      const isDocstring =
        first && statement.name === 'ExpressionStatement' && meaningful(statement).every(c => c.name === 'String');
      const isImportOrSemicolon = (c: SyntaxNode): boolean => c.name === 'ImportStatement' || c.name === ';';
      const isImport =
        statement.name === 'ImportStatement' ||
        (statement.name === 'StatementGroup' && meaningful(statement).every(isImportOrSemicolon));
      if (!isDocstring && !isImport) {
        break;
      }
      end = statement.to;
      first = false;
    }
    return end === 0 ? 0 : this.lineEndAfter(end);
  }
}
