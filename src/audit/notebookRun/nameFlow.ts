/**
 * Where a notebook's module-level names are defined and read, in document order, with Python's
 * scoping read from the @lezer/python tree: imports, assignments (augmented, annotated, walrus),
 * `def`, `class`, `for`, `with ... as`, `except ... as`, comprehensions (their own scope), `global`.
 * A function body runs when it is called, so its free names are kept with the function and read at
 * each module-level call. Keyword argument names and attributes are never reads; reads inside a
 * `try` that catches NameError are guarded, so not reads either. Nothing is ever run.
 */
import type { SyntaxNode, Tree } from '@lezer/common';

export interface NameEvent {
  name: string;
  offset: number;
}

/** A function (or a class, by its `__init__`) whose body runs when it is called. */
export interface CalledBody {
  offset: number;
  /** Names the body reads from the module's scope. */
  reads: NameEvent[];
  /** Module-level names the body calls (functions it may run in turn). */
  calls: Set<string>;
}

export interface NameFlow {
  definitions: NameEvent[];
  reads: NameEvent[];
  /** Module-level calls of a plain name, for the bodies they run. */
  calls: NameEvent[];
  bodies: Map<string, CalledBody[]>;
  /** `from m import *` at module level, by module. */
  starImports: Array<{ module: string; offset: number }>;
  /** Points after which any name may be defined unseen: `exec(...)`, `globals()`. */
  barriers: number[];
}

/** Calls that may define any name in the module's namespace. */
const NAMESPACE_WRITERS = new Set(['exec', 'globals', 'locals', 'vars', 'get_ipython']);

/** Exception names whose handler means the `try` body may read a name that is not defined. */
const NAME_ERROR_CATCHERS = /^(NameError|Exception|BaseException)$/;

const COMPREHENSIONS = new Set([
  'ArrayComprehensionExpression',
  'DictionaryComprehensionExpression',
  'SetComprehensionExpression',
  'ComprehensionExpression'
]);

const UNPACKED = new Set(['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression']);

interface Scope {
  kind: 'module' | 'function' | 'class' | 'comprehension';
  /** Names bound in this scope (functions and comprehensions: anywhere in it). */
  bound: Set<string>;
  reads: NameEvent[];
  calls: Set<string>;
  parent?: Scope;
  /** Names declared `global` in a function. */
  globals?: Set<string>;
}

class NameFlowWalker {
  readonly flow: NameFlow = { definitions: [], reads: [], calls: [], bodies: new Map(), starImports: [], barriers: [] };
  private guarded = 0;
  private readonly module: Scope = { kind: 'module', bound: new Set(), reads: [], calls: new Set() };
  /** The cell being read, and where it starts in the notebook's joined code: every offset kept is shifted by it. */
  private source = '';
  private base = 0;

  private text(node: { from: number; to: number }): string {
    return this.source.slice(node.from, node.to);
  }

  /** Read one cell (Jupyter compiles each cell on its own), in notebook order. */
  runCell(tree: Tree, source: string, base: number): void {
    this.source = source;
    this.base = base;
    this.children(tree.topNode, this.module);
  }

  private children(node: SyntaxNode, scope: Scope): void {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      this.visit(c, scope);
    }
  }

  /** The scope names are bound in: a comprehension's walrus binds in the enclosing one. */
  private bindingScope(scope: Scope): Scope {
    let s = scope;
    while (s.kind === 'comprehension' && s.parent) {
      s = s.parent;
    }
    return s;
  }

  private bind(name: string, offset: number, scope: Scope): void {
    const s = scope;
    if (s.kind === 'module' || (s.kind === 'function' && s.globals?.has(name))) {
      // A `global` name assigned in a function: taken as defined where the function is (the earliest it can be).
      this.flow.definitions.push({ name, offset: s.kind === 'module' ? this.base + offset : this.functionOffset(s) });
    }
    s.bound.add(name);
  }

  private functionStart = new Map<Scope, number>();

  private functionOffset(scope: Scope): number {
    return this.functionStart.get(scope) ?? 0;
  }

  /** A read at an offset of the current cell. */
  private read(name: string, offset: number, scope: Scope): void {
    this.readAt(name, this.base + offset, scope);
  }

  /** A read at an offset of the joined code. */
  private readAt(name: string, offset: number, scope: Scope): void {
    if (this.guarded) {
      return;
    }
    (scope.kind === 'module' ? this.flow.reads : scope.reads).push({ name, offset });
  }

  private visit(node: SyntaxNode, scope: Scope): void {
    switch (node.name) {
      case 'VariableName':
        return this.read(this.text(node), node.from, scope);
      case 'Comment':
      case 'PropertyName':
        return;
      case 'ImportStatement':
        return this.importStatement(node, scope);
      case 'AssignStatement':
        return this.assignment(node, scope);
      case 'UpdateStatement':
        return this.update(node, scope);
      case 'NamedExpression': {
        const target = node.firstChild;
        for (let c = target?.nextSibling ?? null; c; c = c.nextSibling) {
          this.visit(c, scope);
        }
        if (target?.name === 'VariableName') {
          this.bind(this.text(target), target.from, this.bindingScope(scope));
        }
        return;
      }
      case 'ForStatement':
        return this.forStatement(node, scope);
      case 'WithStatement':
      case 'TryStatement':
        return this.asClauses(node, scope);
      case 'FunctionDefinition':
        return this.functionDefinition(node, scope);
      case 'ClassDefinition':
        return this.classDefinition(node, scope);
      case 'LambdaExpression':
        return this.lambda(node, scope);
      case 'Decorator':
        return this.decorator(node, scope);
      case 'ArgList':
        return this.argList(node, scope);
      case 'CallExpression':
        return this.call(node, scope);
      case 'ScopeStatement':
        return this.scopeStatement(node, scope);
      case 'DeleteStatement':
        // `del x` unbinds rather than defines; its subscripts and attributes still read their objects.
        for (let c = node.firstChild; c; c = c.nextSibling) {
          if (c.name !== 'VariableName') {
            this.visit(c, scope);
          }
        }
        return;
      default:
        if (COMPREHENSIONS.has(node.name)) {
          return this.comprehension(node, scope);
        }
        return this.children(node, scope);
    }
  }

  private importStatement(node: SyntaxNode, scope: Scope): void {
    const kids: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      kids.push(c);
    }
    const isFrom = kids[0]?.name === 'from';
    const importAt = kids.findIndex(c => c.name === 'import');
    const module = isFrom ? kids.slice(1, importAt).map(c => this.text(c)).join('') : '';
    // Names after `import`, split at commas: `a.b as c` binds c, `a.b` binds a, `*` binds everything.
    let group: SyntaxNode[] = [];
    const flush = (): void => {
      const names = group.filter(c => c.name === 'VariableName');
      const asAt = group.findIndex(c => c.name === 'as');
      if (group.some(c => c.name === '*')) {
        if (scope.kind === 'module') {
          this.flow.starImports.push({ module, offset: this.base + node.from });
        }
      } else if (asAt !== -1 && group[asAt + 1]) {
        this.bind(this.text(group[asAt + 1]), group[asAt + 1].from, scope);
      } else if (names.length) {
        this.bind(this.text(names[0]), names[0].from, scope);
      }
      group = [];
    };
    for (const c of kids.slice(importAt + 1)) {
      if (c.name === ',') {
        flush();
      } else if (c.name !== '(' && c.name !== ')') {
        group.push(c);
      }
    }
    flush();
  }

  /** Bind the names of an assignment target; what a target reads (`a[i]`, `a.b`) is read. */
  private target(node: SyntaxNode, scope: Scope): void {
    if (node.name === 'VariableName') {
      return this.bind(this.text(node), node.from, scope);
    }
    if (UNPACKED.has(node.name)) {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        this.target(c, scope);
      }
      return;
    }
    if (node.name === '*' || node.name === ',' || node.name === '(' || node.name === ')' || node.name === '[' || node.name === ']') {
      return;
    }
    this.visit(node, scope);
  }

  private assignment(node: SyntaxNode, scope: Scope): void {
    const parts: SyntaxNode[][] = [[]];
    let annotation: SyntaxNode | undefined;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'AssignOp') {
        parts.push([]);
      } else if (c.name === 'TypeDef') {
        annotation = c;
      } else if (c.name !== 'Comment') {
        parts[parts.length - 1].push(c);
      }
    }
    if (annotation) {
      this.visit(annotation, scope);
    }
    if (parts.length < 2) {
      // `x: int` declares without binding; its target is still evaluated when it is not a bare name.
      parts[0].filter(c => c.name !== 'VariableName').forEach(c => this.visit(c, scope));
      return;
    }
    // The value runs before the targets are bound.
    parts[parts.length - 1].forEach(c => this.visit(c, scope));
    for (const targets of parts.slice(0, -1)) {
      targets.forEach(c => this.target(c, scope));
    }
  }

  private update(node: SyntaxNode, scope: Scope): void {
    const target = node.firstChild;
    for (let c = target?.nextSibling ?? null; c; c = c.nextSibling) {
      this.visit(c, scope);
    }
    if (target?.name === 'VariableName') {
      // `x += 1` reads x before it binds it.
      this.read(this.text(target), target.from, scope);
      this.bind(this.text(target), target.from, scope);
    } else if (target) {
      this.visit(target, scope);
    }
  }

  private forStatement(node: SyntaxNode, scope: Scope): void {
    const targets: SyntaxNode[] = [];
    let c = node.firstChild;
    while (c && c.name !== 'for') {
      c = c.nextSibling;
    }
    for (c = c?.nextSibling ?? null; c && c.name !== 'in'; c = c.nextSibling) {
      targets.push(c);
    }
    for (; c; c = c.nextSibling) {
      if (c.name === 'Body') {
        targets.forEach(t => this.target(t, scope));
      }
      this.visit(c, scope);
    }
  }

  /** `with x as y`, `except E as e`; a `try` whose handler catches NameError guards its body's reads. */
  private asClauses(node: SyntaxNode, scope: Scope): void {
    const guards = node.name === 'TryStatement' && this.catchesNameError(node);
    let inTryBody = node.name === 'TryStatement';
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'as' && c.nextSibling) {
        const bound = c.nextSibling;
        this.target(bound, scope);
        c = bound;
        continue;
      }
      const guard = guards && inTryBody && c.name === 'Body';
      if (guard) {
        this.guarded++;
      }
      this.visit(c, scope);
      if (guard) {
        this.guarded--;
        inTryBody = false;
      }
    }
  }

  private catchesNameError(node: SyntaxNode): boolean {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'except') {
        continue;
      }
      const caught = c.nextSibling;
      if (!caught || caught.name === 'Body') {
        return true; // A bare `except:`.
      }
      const names: string[] = [];
      if (caught.name === 'VariableName') {
        names.push(this.text(caught));
      } else {
        for (let n = caught.firstChild; n; n = n.nextSibling) {
          if (n.name === 'VariableName') {
            names.push(this.text(n));
          }
        }
      }
      if (names.some(n => NAME_ERROR_CATCHERS.test(n))) {
        return true;
      }
    }
    return false;
  }

  /** Parameters bind in the new scope; defaults and annotations run in the enclosing one. */
  private parameters(params: SyntaxNode | null, inner: Scope, outer: Scope): void {
    let previous: SyntaxNode | null = null;
    for (let c = params?.firstChild ?? null; c; c = c.nextSibling) {
      if (c.name === 'VariableName' && previous?.name !== 'AssignOp') {
        inner.bound.add(this.text(c));
      } else if (c.name !== 'VariableName' || previous?.name === 'AssignOp') {
        this.visit(c, outer);
      }
      previous = c;
    }
  }

  /** The names a body binds anywhere (Python decides a function's locals before it runs), and its `global`s. */
  private prebind(body: SyntaxNode, scope: Scope): void {
    const globals = new Set<string>();
    const bound = new Set<string>();
    const walk = (node: SyntaxNode): void => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name === 'FunctionDefinition' || c.name === 'ClassDefinition') {
          const name = c.getChild('VariableName');
          if (name) {
            bound.add(this.text(name));
          }
          continue;
        }
        if (c.name === 'LambdaExpression' || COMPREHENSIONS.has(c.name)) {
          continue;
        }
        if (c.name === 'ScopeStatement') {
          const keyword = c.firstChild?.name;
          for (let n = c.firstChild; n; n = n.nextSibling) {
            if (n.name === 'VariableName') {
              (keyword === 'global' ? globals : bound).add(this.text(n));
            }
          }
          continue;
        }
        if (c.name === 'AssignStatement' || c.name === 'UpdateStatement' || c.name === 'ForStatement' || c.name === 'NamedExpression') {
          this.collectTargets(c, bound);
        }
        if (c.name === 'ImportStatement' || c.name === 'as') {
          this.collectTargets(c, bound);
        }
        walk(c);
      }
    };
    walk(body);
    for (const g of globals) {
      bound.delete(g);
    }
    scope.globals = globals;
    for (const b of bound) {
      scope.bound.add(b);
    }
  }

  /** Every name a binding statement may bind (an over-approximation is safe: fewer free names). */
  private collectTargets(node: SyntaxNode, into: Set<string>): void {
    if (node.name === 'as') {
      const next = node.nextSibling;
      if (next?.name === 'VariableName') {
        into.add(this.text(next));
      }
      return;
    }
    let c = node.firstChild;
    const stopAt = node.name === 'ForStatement' ? 'in' : node.name === 'ImportStatement' ? '' : 'AssignOp';
    if (node.name === 'ForStatement') {
      c = c?.nextSibling ?? null;
    }
    const collect = (n: SyntaxNode): void => {
      if (n.name === 'VariableName') {
        into.add(this.text(n));
      } else if (UNPACKED.has(n.name)) {
        for (let k = n.firstChild; k; k = k.nextSibling) {
          collect(k);
        }
      }
    };
    if (node.name === 'ImportStatement') {
      for (; c; c = c.nextSibling) {
        collect(c);
      }
      return;
    }
    if (node.name === 'UpdateStatement' || node.name === 'NamedExpression') {
      if (c) {
        collect(c);
      }
      return;
    }
    // Assignments: every group before the last `=`.
    const kids: SyntaxNode[] = [];
    for (; c; c = c.nextSibling) {
      kids.push(c);
    }
    const lastOp = stopAt === 'in' ? kids.findIndex(k => k.name === 'in') : kids.map(k => k.name).lastIndexOf('AssignOp');
    kids.slice(0, Math.max(0, lastOp)).forEach(collect);
  }

  private functionDefinition(node: SyntaxNode, scope: Scope): void {
    const nameNode = node.getChild('VariableName');
    const body = node.getChild('Body');
    const inner: Scope = { kind: 'function', bound: new Set(), reads: [], calls: new Set(), parent: scope };
    this.functionStart.set(inner, this.base + node.from);
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Decorator') {
        this.visit(c, scope);
      } else if (c.name === 'ParamList') {
        this.parameters(c, inner, scope);
      } else if (c.name === 'TypeDef') {
        this.visit(c, scope);
      }
    }
    if (body) {
      this.prebind(body, inner);
      const guarded = this.guarded;
      this.guarded = 0; // A guard around a def does not guard the body, which runs later.
      this.children(body, inner);
      this.guarded = guarded;
    }
    const free = inner.reads.filter(r => !inner.bound.has(r.name));
    const calls = new Set([...inner.calls].filter(c => !inner.bound.has(c)));
    if (nameNode) {
      const name = this.text(nameNode);
      this.bind(name, nameNode.from, scope);
      if (scope.kind === 'module') {
        this.addBody(name, { offset: this.base + node.from, reads: free, calls });
      } else if (scope.kind === 'class' && name === '__init__') {
        scope.reads.push(...free.map(r => ({ ...r, name: `\0init:${r.name}` })));
        calls.forEach(c => scope.calls.add(`\0init:${c}`));
      }
    }
    // A nested function's free names are the enclosing function's reads (when it runs).
    if (scope.kind === 'function') {
      scope.reads.push(...free);
      calls.forEach(c => scope.calls.add(c));
    }
  }

  private addBody(name: string, body: CalledBody): void {
    const list = this.flow.bodies.get(name);
    if (list) {
      list.push(body);
    } else {
      this.flow.bodies.set(name, [body]);
    }
  }

  private classDefinition(node: SyntaxNode, scope: Scope): void {
    const nameNode = node.getChild('VariableName');
    const inner: Scope = { kind: 'class', bound: new Set(), reads: [], calls: new Set(), parent: scope };
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Decorator' || c.name === 'ArgList') {
        this.visit(c, scope);
      } else if (c.name === 'Body') {
        this.children(c, inner);
      }
    }
    // The class body runs now, in order: its own reads are the enclosing scope's, save the names it binds.
    const initReads: NameEvent[] = [];
    for (const r of inner.reads) {
      if (r.name.startsWith('\0init:')) {
        initReads.push({ ...r, name: r.name.slice(6) });
      } else if (!inner.bound.has(r.name)) {
        this.readAt(r.name, r.offset, scope);
      }
    }
    const initCalls = new Set([...inner.calls].filter(c => c.startsWith('\0init:')).map(c => c.slice(6)));
    if (nameNode) {
      const name = this.text(nameNode);
      this.bind(name, nameNode.from, scope);
      if (scope.kind === 'module') {
        this.addBody(name, { offset: this.base + node.from, reads: initReads, calls: initCalls });
      }
    }
  }

  private lambda(node: SyntaxNode, scope: Scope): void {
    // A lambda is mostly called where it is written (`df.apply(lambda r: ...)`): its free names are read here.
    const inner: Scope = { kind: 'comprehension', bound: new Set(), reads: [], calls: new Set(), parent: scope };
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'ParamList') {
        this.parameters(c, inner, scope);
      } else {
        this.visit(c, inner);
      }
    }
    this.closeInner(inner, scope);
  }

  private comprehension(node: SyntaxNode, scope: Scope): void {
    const inner: Scope = { kind: 'comprehension', bound: new Set(), reads: [], calls: new Set(), parent: scope };
    // Bind every `for` target first: the element expression comes before them in the text.
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'for') {
        continue;
      }
      for (let t = c.nextSibling; t && t.name !== 'in'; t = t.nextSibling) {
        this.collectNames(t, inner.bound);
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'for') {
        let t = c.nextSibling;
        while (t && t.name !== 'in') {
          t = t.nextSibling;
        }
        c = t ?? c;
        continue;
      }
      this.visit(c, inner);
    }
    this.closeInner(inner, scope);
  }

  private collectNames(node: SyntaxNode, into: Set<string>): void {
    if (node.name === 'VariableName') {
      into.add(this.text(node));
    }
    for (let c = node.firstChild; c; c = c.nextSibling) {
      this.collectNames(c, into);
    }
  }

  /** A lambda's or comprehension's free names are reads of the scope around it. */
  private closeInner(inner: Scope, scope: Scope): void {
    for (const r of inner.reads) {
      if (!inner.bound.has(r.name)) {
        this.readAt(r.name, r.offset, scope);
      }
    }
    inner.calls.forEach(c => {
      if (!inner.bound.has(c)) {
        scope.calls.add(c);
      }
    });
  }

  private decorator(node: SyntaxNode, scope: Scope): void {
    // `@a.b(...)`: the first name is read, the rest are attributes.
    const first = node.getChild('VariableName');
    if (first) {
      this.read(this.text(first), first.from, scope);
    }
    const args = node.getChild('ArgList');
    if (args) {
      this.visit(args, scope);
    }
  }

  private argList(node: SyntaxNode, scope: Scope): void {
    if (node.getChild('for')) {
      // `sum(f(p) for p in q)`: a generator as the only argument, with its own scope.
      return this.comprehension(node, scope);
    }
    for (let c = node.firstChild; c; c = c.nextSibling) {
      // `f(figsize=(8, 6))`: a keyword argument's name is not a read.
      if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp' && this.text(c.nextSibling) === '=') {
        continue;
      }
      this.visit(c, scope);
    }
  }

  private call(node: SyntaxNode, scope: Scope): void {
    const callee = node.firstChild;
    if (callee?.name === 'VariableName') {
      const name = this.text(callee);
      if (NAMESPACE_WRITERS.has(name) && this.bindingScope(scope).kind === 'module') {
        this.flow.barriers.push(this.base + node.from);
      }
      if (scope.kind === 'module') {
        if (!this.guarded) {
          this.flow.calls.push({ name, offset: this.base + node.from });
        }
      } else {
        scope.calls.add(name);
      }
    }
    this.children(node, scope);
  }

  private scopeStatement(node: SyntaxNode, scope: Scope): void {
    if (node.firstChild?.name !== 'global' || scope.kind !== 'function') {
      return;
    }
    // Declared global in a function: taken as defined where the function is defined.
    for (let c: SyntaxNode | null = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'VariableName') {
        this.flow.definitions.push({ name: this.text(c), offset: this.functionOffset(scope) });
      }
    }
  }
}

/** The module-level definitions and reads of a notebook's cells, each parsed on its own, in notebook order. */
export function nameFlowOf(cells: ReadonlyArray<{ tree: Tree; source: string; base: number }>): NameFlow {
  const walker = new NameFlowWalker();
  for (const cell of cells) {
    walker.runCell(cell.tree, cell.source, cell.base);
  }
  return walker.flow;
}
