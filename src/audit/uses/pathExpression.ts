/**
 * The path a simple Python expression stands for, worked out from its syntax alone (nothing is run):
 * string literals, `os.path.join/dirname/abspath`, `os.getcwd()`, `Path(...)`, `Path.cwd()`, `.parent`,
 * `/` and `+` between paths, and names bound to such expressions. The result is relative to the
 * working directory ('.' is the working directory itself); undefined when the expression is not that simple.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { stringValue } from '../python/strings';

/** The expression text a module-level name was last bound to, or undefined. */
export type NameLookup = (name: string) => string | undefined;

/** Names may refer to names; this stops a cycle (`a = b; b = a`). */
const MAX_DEPTH = 8;

/** Calls and methods that return their (first) path argument unchanged, as far as a repo path goes. */
const IDENTITY_CALLS = new Set(['str', 'fspath', 'abspath', 'realpath', 'normpath', 'Path', 'PurePath', 'PosixPath', 'PurePosixPath', 'expanduser']);
const IDENTITY_METHODS = new Set(['resolve', 'absolute', 'expanduser', 'as_posix']);

/** Lexically normalised relative path: '' is the working directory, leading '..' kept. */
export function normalizeRelative(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..' && out.length && out[out.length - 1] !== '..') {
      out.pop();
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

/** The folder above a path (`os.path.dirname`, `Path.parent`), lexically. */
export function parentOf(path: string): string {
  const absolute = path.startsWith('/');
  const norm = normalizeRelative(path);
  if (absolute) {
    const i = norm.lastIndexOf('/');
    return '/' + (i < 0 ? '' : norm.slice(0, i));
  }
  if (norm === '' || norm.split('/').every(p => p === '..')) {
    return norm ? `${norm}/..` : '..';
  }
  const i = norm.lastIndexOf('/');
  return i < 0 ? '.' : norm.slice(0, i);
}

function joinPaths(parts: string[]): string {
  let result = '';
  for (const part of parts) {
    result = part.startsWith('/') || !result ? part : `${result.replace(/\/$/, '')}/${part}`;
  }
  return result;
}

/** `os.path` or `pathlib`: a module path rather than a value to evaluate. */
function isDottedName(node: SyntaxNode | null): boolean {
  if (node?.name === 'VariableName') {
    return true;
  }
  return node?.name === 'MemberExpression' && node.lastChild?.name === 'PropertyName' && isDottedName(node.firstChild);
}

class PathEvaluator {
  constructor(
    private readonly source: string,
    private readonly lookup: NameLookup,
    private readonly depth: number
  ) {}

  private text(node: SyntaxNode): string {
    return this.source.slice(node.from, node.to);
  }

  private args(argList: SyntaxNode | null): SyntaxNode[] {
    const args: SyntaxNode[] = [];
    for (let c = argList?.firstChild ?? null; c; c = c.nextSibling) {
      if (c.name !== '(' && c.name !== ')' && c.name !== ',') {
        args.push(c);
      }
    }
    return args;
  }

  value(node: SyntaxNode | null): string | undefined {
    if (!node) {
      return undefined;
    }
    switch (node.name) {
      case 'String':
        return stringValue(this.source, node);
      case 'FormatString':
        // An f-string with replacement fields depends on runtime values.
        return node.getChild('FormatReplacement') ? undefined : stringValue(this.source, node);
      case 'ParenthesizedExpression':
        return this.value(node.firstChild?.nextSibling ?? null);
      case 'VariableName':
        return this.name(this.text(node));
      case 'BinaryExpression':
        return this.binary(node);
      case 'MemberExpression':
        return this.member(node);
      case 'CallExpression':
        return this.call(node);
      default:
        return undefined;
    }
  }

  private name(name: string): string | undefined {
    const bound = this.depth < MAX_DEPTH ? this.lookup(name) : undefined;
    return bound === undefined ? undefined : evaluatePathExpression(bound, this.lookup, this.depth + 1);
  }

  private binary(node: SyntaxNode): string | undefined {
    const left = node.firstChild;
    const op = left?.nextSibling;
    const right = op?.nextSibling ?? null;
    if (!op || op.name !== 'ArithOp') {
      return undefined;
    }
    const a = this.value(left);
    const b = this.value(right);
    if (a === undefined || b === undefined) {
      return undefined;
    }
    const opText = this.text(op);
    return opText === '/' ? joinPaths([a, b]) : opText === '+' ? a + b : undefined;
  }

  private member(node: SyntaxNode): string | undefined {
    const object = node.firstChild;
    const property = node.lastChild;
    if (object && property?.name === ']') {
      return this.parentsIndex(object, object.nextSibling?.nextSibling ?? null);
    }
    if (!object || property?.name !== 'PropertyName') {
      return undefined;
    }
    const dotted = this.text(node).replace(/\s/g, '');
    if (dotted === 'os.pardir' || dotted === 'os.path.pardir') {
      return '..';
    }
    if (dotted === 'os.curdir' || dotted === 'os.path.curdir') {
      return '.';
    }
    if (this.text(property) !== 'parent') {
      return undefined;
    }
    const value = this.value(object);
    return value === undefined ? undefined : parentOf(value);
  }

  /** `p.parents[n]`: the folder n + 1 levels above p. */
  private parentsIndex(object: SyntaxNode, index: SyntaxNode | null): string | undefined {
    const property = object.lastChild;
    if (object.name !== 'MemberExpression' || property?.name !== 'PropertyName' || this.text(property) !== 'parents') {
      return undefined;
    }
    if (index?.name !== 'Number' || !/^\d+$/.test(this.text(index))) {
      return undefined;
    }
    let value = this.value(object.firstChild);
    for (let k = Number(this.text(index)); value !== undefined && k >= 0; k--) {
      value = parentOf(value);
    }
    return value;
  }

  private call(node: SyntaxNode): string | undefined {
    const callee = node.firstChild;
    const args = this.args(node.getChild('ArgList'));
    if (!callee || args.some(a => a.name === '*' || a.name === '**' || a.name === 'AssignOp')) {
      return undefined;
    }
    const calleeText = this.text(callee).replace(/\s/g, '');
    const last = calleeText.slice(calleeText.lastIndexOf('.') + 1);
    if (calleeText === 'os.getcwd' || calleeText === 'Path.cwd' || calleeText.endsWith('.Path.cwd')) {
      return '.';
    }
    // A method on a path expression: Path('..').resolve(), DATA.joinpath('b').
    const isMethod = (IDENTITY_METHODS.has(last) && args.length === 0) || last === 'joinpath';
    if (callee.name === 'MemberExpression' && isMethod) {
      const receiver = this.value(callee.firstChild);
      if (receiver === undefined || last !== 'joinpath') {
        return receiver;
      }
      const parts = args.map(a => this.value(a));
      return parts.every((p): p is string => p !== undefined) ? joinPaths([receiver, ...parts]) : undefined;
    }
    if (callee.name === 'MemberExpression' && !isDottedName(callee.firstChild)) {
      return undefined;
    }
    const values = args.map(a => this.value(a));
    if (values.some(v => v === undefined)) {
      return undefined;
    }
    const parts = values as string[];
    if (last === 'join' && calleeText.endsWith('path.join') && parts.length) {
      return joinPaths(parts);
    }
    if (last === 'dirname' && parts.length === 1) {
      return parentOf(parts[0]);
    }
    if (IDENTITY_CALLS.has(last)) {
      if (parts.length === 0 && (last === 'Path' || last === 'PurePath')) {
        return '.';
      }
      return last.endsWith('Path') && parts.length > 1 ? joinPaths(parts) : parts.length === 1 ? parts[0] : undefined;
    }
    return undefined;
  }
}

/** Evaluate a Python expression (its source text) to a path, or undefined when it is not simple. */
export function evaluatePathExpression(text: string, lookup: NameLookup = () => undefined, depth = 0): string | undefined {
  const tree = parser.parse(text);
  const statement = tree.topNode.firstChild;
  if (!statement || statement.name !== 'ExpressionStatement' || statement.nextSibling) {
    return undefined;
  }
  let hasError = false;
  tree.iterate({
    enter: n => {
      if (n.type.isError) {
        hasError = true;
      }
    }
  });
  if (hasError) {
    return undefined;
  }
  return new PathEvaluator(text, lookup, depth).value(statement.firstChild);
}

/** Where a path relative to `baseDir` (a repo folder) lands: a repo path, or outside the repo. */
export function resolveAgainst(baseDir: string, path: string): { path: string; outside: boolean } {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('~')) {
    return { path, outside: true };
  }
  const joined = normalizeRelative(baseDir ? `${baseDir}/${path}` : path);
  return joined === '..' || joined.startsWith('../') ? { path: joined, outside: true } : { path: joined, outside: false };
}
