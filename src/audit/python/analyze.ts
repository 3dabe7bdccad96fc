/**
 * What a piece of Python does, read from its @lezer/python syntax tree: imports (with aliases),
 * calls resolved through the imports in force, assignments, defs and classes, string literals,
 * and where the parser met syntax errors. The code is data: nothing is ever run.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import { ImportBindings, joinModule } from './bindings';
import { LineIndex } from './lineIndex';
import { isParserQuirk, parserText } from './parserQuirks';
import type { PyAnalysis, PyAssignment, PyCall } from './types';
import { stringValue } from './strings';

/** A dotted name as written (`np.random.seed`): its parts, or undefined for anything else. */
function dottedParts(node: SyntaxNode, source: string): string[] | undefined {
  if (node.name === 'VariableName') {
    return [source.slice(node.from, node.to)];
  }
  if (node.name !== 'MemberExpression') {
    return undefined;
  }
  const object = node.firstChild;
  const last = node.lastChild;
  if (!object || !last || last.name !== 'PropertyName') {
    return undefined;
  }
  const head = dottedParts(object, source);
  return head && [...head, source.slice(last.from, last.to)];
}

/** The innermost base of a target such as `os.environ["X"]`: the dotted part before any subscript. */
function dottedBase(node: SyntaxNode, source: string): { parts: string[]; node: SyntaxNode } | undefined {
  for (let n: SyntaxNode | null = node; n; n = n.name === 'MemberExpression' ? n.firstChild : null) {
    const parts = dottedParts(n, source);
    if (parts) {
      return { parts, node: n };
    }
  }
  return undefined;
}

/** Children of `node` that carry meaning (comments dropped). */
function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'Comment') {
      children.push(c);
    }
  }
  return children;
}

/** Split a list of nodes at separators such as ',' or '='. */
function splitAt(nodes: SyntaxNode[], separator: (n: SyntaxNode) => boolean): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const n of nodes) {
    if (separator(n)) {
      groups.push([]);
    } else {
      groups[groups.length - 1].push(n);
    }
  }
  return groups;
}

const isComma = (n: SyntaxNode): boolean => n.name === ',';

/** Containers whose elements are assigned one by one (`a, (b, c) = ...`). */
const UNPACKED = new Set(['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression']);

class PythonWalker {
  readonly result: PyAnalysis = {
    imports: [],
    calls: [],
    assignments: [],
    functions: [],
    strings: [],
    asserts: [],
    syntaxErrors: []
  };
  /** Where docstrings' literals start, so that `string` can mark them. */
  private readonly docstringStarts = new Set<number>();
  private lines: LineIndex;
  private readonly bindings = new ImportBindings();
  /** Calls and assignments inside functions whose first name the module may import later. */
  private readonly deferred: Array<{ item: PyCall | PyAssignment; name: string; rest: string }> = [];

  constructor(private source: string) {
    this.lines = new LineIndex(source);
  }

  private text(node: { from: number; to: number }): string {
    return this.source.slice(node.from, node.to);
  }

  private textOf(nodes: SyntaxNode[]): string {
    return nodes.length ? this.source.slice(nodes[0].from, nodes[nodes.length - 1].to) : '';
  }

  private line(offset: number): number {
    return this.lines.lineOf(offset);
  }

  run(tree: Tree): PyAnalysis {
    this.markDocstring(tree.topNode);
    this.visitChildren(tree.topNode);
    return this.finish();
  }

  /**
   * Cells parsed one by one, walked in order as one module: imports stay in force from cell to
   * cell. Facts are placed in the joined source: a cell's offsets shift by its `base`, its lines
   * by its `startLine`.
   */
  runCells(cells: ReadonlyArray<{ text: string; tree: Tree; base: number; startLine: number }>): PyAnalysis {
    const r = this.result;
    let moduleDocstringSeen = false;
    for (const cell of cells) {
      this.source = cell.text;
      this.lines = new LineIndex(cell.text);
      this.docstringStarts.clear();
      const before = [r.imports.length, r.calls.length, r.assignments.length, r.strings.length, r.asserts.length];
      const functionsBefore = r.functions.length;
      const errorsBefore = r.syntaxErrors.length;
      // The module docstring is the joined source's first statement: in the first cell that has one.
      if (!moduleDocstringSeen) {
        moduleDocstringSeen = hasStatement(cell.tree.topNode);
        this.markDocstring(cell.tree.topNode);
      }
      this.visitChildren(cell.tree.topNode);
      const lineShift = cell.startLine - 1;
      [r.imports, r.calls, r.assignments, r.strings, r.asserts].forEach((items: Array<{ line: number; offset: number }>, k) => {
        for (let i = before[k]; i < items.length; i++) {
          items[i].offset += cell.base;
          items[i].line += lineShift;
        }
      });
      for (let i = functionsBefore; i < r.functions.length; i++) {
        r.functions[i].line += lineShift;
      }
      for (let i = errorsBefore; i < r.syntaxErrors.length; i++) {
        r.syntaxErrors[i] += lineShift;
      }
    }
    return this.finish();
  }

  private finish(): PyAnalysis {
    for (const { item, name, rest } of this.deferred) {
      const base = this.bindings.resolveAtEnd(name);
      if (base !== undefined) {
        item.qualified = base + rest;
      }
    }
    const errors = this.result.syntaxErrors;
    errors.sort((a, b) => a - b);
    this.result.syntaxErrors = errors.filter((l, i) => i === 0 || errors[i - 1] !== l);
    return this.result;
  }

  private visitChildren(node: SyntaxNode): void {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      this.visit(c);
    }
  }

  private visit(node: SyntaxNode): void {
    if (node.type.isError && !isParserQuirk(node)) {
      this.result.syntaxErrors.push(this.line(node.from));
    }
    switch (node.name) {
      case 'ImportStatement':
        return this.importStatement(node);
      case 'FunctionDefinition':
        return this.definition(node, 'function');
      case 'ClassDefinition':
        return this.definition(node, 'class');
      case 'Decorator':
        return this.decorator(node);
      case 'CallExpression':
        this.call(node);
        return this.visitChildren(node);
      case 'AssignStatement':
        this.assignment(node);
        return this.visitChildren(node);
      case 'UpdateStatement':
        this.update(node);
        return this.visitChildren(node);
      case 'String':
      case 'FormatString':
        this.string(node);
        return this.visitChildren(node);
      case 'AssertStatement':
        this.assertStatement(node);
        return this.visitChildren(node);
      case 'Comment':
        return;
      default:
        return this.visitChildren(node);
    }
  }

  /** Qualify `item` through the import bound to its first name: now, or (inside a function) once the module has been read. */
  private resolve(parts: string[], item: PyCall | PyAssignment, suffix = ''): void {
    const resolution = this.bindings.resolve(parts[0]);
    const rest = (parts.length > 1 ? '.' + parts.slice(1).join('.') : '') + suffix;
    if (resolution.kind === 'import') {
      item.qualified = resolution.qualified + rest;
    } else if (resolution.kind === 'later') {
      this.deferred.push({ item, name: parts[0], rest });
    }
  }

  /** Whether an import sits in a `try` that catches a failed import, or in the handler of one. */
  private isOptionalImport(node: SyntaxNode): boolean {
    for (let body = node.parent; body; body = body.parent) {
      const statement = body.parent;
      if (body.name !== 'Body' || statement?.name !== 'TryStatement') {
        continue;
      }
      let keyword = body.prevSibling;
      while (keyword && !['try', 'except', 'else', 'finally'].includes(keyword.name)) {
        keyword = keyword.prevSibling;
      }
      if (keyword?.name === 'try') {
        return childrenOf(statement).some((c, i, all) => c.name === 'except' && this.catchesImportError(all[i + 1]));
      }
      // `except ImportError:` then the body: the fallback import.
      if (keyword?.name === 'except' && this.catchesImportError(keyword.nextSibling ?? undefined)) {
        return true;
      }
    }
    return false;
  }

  /** The node after `except`: the handler's body (a bare except), or what it catches. */
  private catchesImportError(node: SyntaxNode | undefined): boolean {
    if (!node || node.name === 'Body') {
      return true;
    }
    return /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(this.text(node));
  }

  private importStatement(node: SyntaxNode): void {
    const children = childrenOf(node);
    const scope = this.bindings.scope;
    const optional = this.isOptionalImport(node);
    const isFrom = children[0]?.name === 'from';
    let i = 1;
    let module = '';
    if (isFrom) {
      // The module: dots ('.', '...') and a dotted name, up to the `import` keyword.
      for (; i < children.length && children[i].name !== 'import'; i++) {
        module += this.text(children[i]);
      }
      i++;
    }
    // Imported names: dotted names separated by ',', each with an optional `as` alias.
    const names = splitAt(children.slice(i).filter(c => c.name !== '(' && c.name !== ')'), isComma);
    for (const group of names) {
      if (!group.length) {
        continue;
      }
      const asAt = group.findIndex(c => c.name === 'as');
      const dotted = (asAt === -1 ? group : group.slice(0, asAt)).filter(c => c.name !== '.');
      const name = dotted.map(c => this.text(c)).join('.');
      const alias = asAt === -1 ? undefined : group[asAt + 1] && this.text(group[asAt + 1]);
      const first = group[0];
      const position = { line: this.line(first.from), offset: first.from };
      if (isFrom) {
        const local = alias ?? name;
        this.result.imports.push({ module, name, local, ...position, ...(scope && { scope }), ...(optional && { optional }) });
        if (name !== '*') {
          this.bindings.bindImport(local, joinModule(module, name));
        }
      } else {
        // `import a.b` binds `a` (to module a); `import a.b as c` binds `c` to `a.b`.
        const local = alias ?? (dotted.length ? this.text(dotted[0]) : name);
        this.result.imports.push({ module: name, local, ...position, ...(scope && { scope }), ...(optional && { optional }) });
        this.bindings.bindImport(local, alias ? name : local);
      }
    }
  }

  private definition(node: SyntaxNode, kind: 'function' | 'class'): void {
    const nameNode = node.getChild('VariableName');
    const body = node.getChild('Body');
    if (!nameNode) {
      return this.visitChildren(node);
    }
    const name = this.text(nameNode);
    const inClass = this.bindings.inClass;
    const outer = this.bindings.scope;
    this.result.functions.push({
      name,
      qualifiedName: outer ? `${outer}.${name}` : name,
      line: this.line(node.from),
      hasDocstring: body ? this.markDocstring(body) : false,
      isPublic: !name.startsWith('_') || name === '__init__',
      kind: kind === 'class' ? 'class' : inClass ? 'method' : 'function'
    });
    // Defaults, annotations and base classes run in the enclosing scope, before the name is bound.
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'Body' && c.from !== nameNode.from) {
        this.visit(c);
      }
    }
    this.bindings.shadow(name);
    this.bindings.enter(kind, name);
    const params = node.getChild('ParamList');
    if (kind === 'function' && params) {
      this.bindParameters(params);
    }
    if (body) {
      this.visitChildren(body);
    }
    this.bindings.leave();
  }

  private bindParameters(params: SyntaxNode): void {
    let previous: SyntaxNode | null = null;
    for (let c = params.firstChild; c; c = c.nextSibling) {
      if (c.name === 'VariableName' && previous?.name !== 'AssignOp') {
        this.bindings.shadow(this.text(c));
      }
      previous = c;
    }
  }

  /** Whether a body (or the module) opens with a docstring; its literals are marked as such. */
  private markDocstring(body: SyntaxNode): boolean {
    let first = body.firstChild;
    while (first && (first.name === ':' || first.name === 'Comment')) {
      first = first.nextSibling;
    }
    if (first?.name === 'StatementGroup') {
      first = first.firstChild;
    }
    if (first?.name !== 'ExpressionStatement') {
      return false;
    }
    const expression = first.firstChild;
    const isDocstring =
      !!expression &&
      !expression.nextSibling &&
      (expression.name === 'String' ||
        (expression.name === 'ContinuedString' && !expression.getChild('FormatString')));
    if (isDocstring) {
      this.docstringStarts.add(expression.from);
      for (let c = expression.firstChild; c; c = c.nextSibling) {
        this.docstringStarts.add(c.from);
      }
    }
    return isDocstring;
  }

  private assertStatement(node: SyntaxNode): void {
    const scope = this.bindings.scope;
    this.result.asserts.push({ line: this.line(node.from), offset: node.from, ...(scope && { scope }) });
  }

  /** `@torch.no_grad()`: a decorator with arguments is a call. */
  private decorator(node: SyntaxNode): void {
    const args = node.getChild('ArgList');
    if (args) {
      const names = childrenOf(node).filter(c => c.name === 'VariableName');
      const parts = names.map(c => this.text(c));
      const call = this.callOf(parts.join('.'), node.from, args);
      this.resolve(parts, call);
      this.result.calls.push(call);
    }
    this.visitChildren(node);
  }

  private call(node: SyntaxNode): void {
    const callee = node.firstChild;
    const args = node.getChild('ArgList');
    if (!callee || !args) {
      return;
    }
    const parts = dottedParts(callee, this.source);
    const call = this.callOf(parts ? parts.join('.') : this.text(callee), node.from, args);
    if (parts) {
      this.resolve(parts, call);
    }
    this.result.calls.push(call);
  }

  private callOf(text: string, from: number, args: SyntaxNode): PyCall {
    const call: PyCall = {
      text,
      line: this.line(from),
      offset: from,
      positional: [],
      keywords: {},
      hasSpread: false
    };
    const scope = this.bindings.scope;
    if (scope) {
      call.scope = scope;
    }
    const inner = childrenOf(args).filter(c => c.name !== '(' && c.name !== ')');
    for (const group of splitAt(inner, isComma)) {
      if (!group.length) {
        continue;
      }
      const first = group[0].name;
      if (first === '*' || first === '**') {
        call.hasSpread = true;
      } else if (first === 'VariableName' && group[1]?.name === 'AssignOp' && this.text(group[1]) === '=') {
        call.keywords[this.text(group[0])] = this.textOf(group.slice(2));
      } else {
        call.positional.push(this.textOf(group));
      }
    }
    return call;
  }

  private assignment(node: SyntaxNode): void {
    const children = childrenOf(node).filter(c => c.name !== 'TypeDef');
    const groups = splitAt(children, c => c.name === 'AssignOp');
    if (groups.length < 2) {
      return; // `x: int` declares without assigning.
    }
    const value = groups[groups.length - 1];
    for (const targets of groups.slice(0, -1)) {
      this.assignTargets(splitAt(targets, isComma).filter(g => g.length), this.valueParts(value), this.textOf(value));
    }
  }

  /** The value's comma-separated parts, for pairing with unpacked targets. */
  private valueParts(value: SyntaxNode[]): SyntaxNode[][] {
    const parts = splitAt(value, isComma).filter(g => g.length);
    if (parts.length === 1 && parts[0].length === 1 && UNPACKED.has(parts[0][0].name)) {
      const inner = childrenOf(parts[0][0]).filter(c => !'()[]'.includes(c.name));
      return splitAt(inner, isComma).filter(g => g.length);
    }
    return parts.length ? parts : [value];
  }

  /** One entry per assigned name; unpacked targets take their matching part of the value when the counts agree. */
  private assignTargets(targets: SyntaxNode[][], valueParts: SyntaxNode[][], whole: string): void {
    const starred = targets.some(t => t[0].name === '*');
    const paired = targets.length > 1 && targets.length === valueParts.length && !starred;
    targets.forEach((target, i) => {
      const node = target[target.length - 1];
      const part = paired ? valueParts[i] : undefined;
      if (UNPACKED.has(node.name)) {
        const inner = childrenOf(node).filter(c => !'()[]'.includes(c.name));
        const partText = part ? this.textOf(part) : whole;
        const nested = part && part.length === 1 && UNPACKED.has(part[0].name) ? this.valueParts(part) : [part ?? valueParts.flat()];
        this.assignTargets(splitAt(inner, isComma).filter(g => g.length), nested, partText);
      } else {
        this.assignTarget(node, part ? this.textOf(part) : whole);
      }
    });
  }

  private assignTarget(node: SyntaxNode, value: string, op?: string): void {
    const base = dottedBase(node, this.source);
    const parts = dottedParts(node, this.source);
    const assignment: PyAssignment = {
      target: parts ? parts.join('.') : this.text(node),
      value,
      line: this.line(node.from),
      offset: node.from
    };
    if (op) {
      assignment.op = op;
    }
    const scope = this.bindings.scope;
    if (scope) {
      assignment.scope = scope;
    }
    // Rebinding a bare name says nothing about the module it once named.
    if (base && node.name !== 'VariableName') {
      const suffix = this.source.slice(base.node.to, node.to);
      this.resolve(base.parts, assignment, suffix);
    }
    this.result.assignments.push(assignment);
    if (node.name === 'VariableName' && !op) {
      this.bindings.shadow(assignment.target);
    }
  }

  private update(node: SyntaxNode): void {
    const children = childrenOf(node);
    const opAt = children.findIndex(c => c.name === 'UpdateOp');
    if (opAt < 1) {
      return;
    }
    this.assignTarget(children[opAt - 1], this.textOf(children.slice(opAt + 1)), this.text(children[opAt]));
  }

  private string(node: SyntaxNode): void {
    this.result.strings.push({
      value: stringValue(this.source, node),
      line: this.line(node.from),
      offset: node.from,
      ...(this.docstringStarts.has(node.from) && { docstring: true as const })
    });
  }
}

/** Whether a module (or a cell) holds a statement, not only comments. */
function hasStatement(top: SyntaxNode): boolean {
  for (let c = top.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'Comment') {
      return true;
    }
  }
  return false;
}

/**
 * The facts of cells parsed one by one (a notebook's, see notebook/cellTrees.ts), as one module whose
 * source is the cells joined: what analyzePython gives for the joined source when every cell parses.
 */
export function analyzeParsedCells(cells: ReadonlyArray<{ text: string; tree: Tree; base: number; startLine: number }>): PyAnalysis {
  return new PythonWalker('').runCells(cells);
}

/** Parse Python source with @lezer/python (which recovers from syntax errors) and read its facts. */
export function analyzePython(source: string): PyAnalysis {
  return new PythonWalker(source).run(parser.parse(parserText(source)));
}
