/**
 * The names that imports bind, scope by scope, in document order: what `np` or `s` stands for
 * at a given point (`numpy`, `numpy.random.seed`). Assignments, defs and parameters shadow them.
 */

type FrameKind = 'module' | 'function' | 'class';

interface Frame {
  kind: FrameKind;
  /** Dotted path of the def/class ('Outer.method'); '' for the module. */
  path: string;
  /** Local name -> qualified name; null when a non-import shadows an import. */
  names: Map<string, string | null>;
}

/** What a name resolves to right now. */
export type Resolution =
  | { kind: 'import'; qualified: string }
  | { kind: 'none' }
  /** Inside a function, a global the module may still import later: ask again at the end. */
  | { kind: 'later' };

export class ImportBindings {
  private readonly frames: Frame[] = [{ kind: 'module', path: '', names: new Map() }];

  /** Dotted path of the innermost def/class; undefined at module level. */
  get scope(): string | undefined {
    return this.frames.length > 1 ? this.frames[this.frames.length - 1].path : undefined;
  }

  /** Whether the innermost scope is a class body. */
  get inClass(): boolean {
    return this.frames[this.frames.length - 1].kind === 'class';
  }

  enter(kind: 'function' | 'class', name: string): void {
    const outer = this.scope;
    this.frames.push({ kind, path: outer ? `${outer}.${name}` : name, names: new Map() });
  }

  leave(): void {
    if (this.frames.length > 1) {
      this.frames.pop();
    }
  }

  /** An import binds `local` to `qualified` in the innermost scope. */
  bindImport(local: string, qualified: string): void {
    this.frames[this.frames.length - 1].names.set(local, qualified);
  }

  /** Anything else (assignment, def, parameter) binds `local` in the innermost scope. */
  shadow(local: string): void {
    const names = this.frames[this.frames.length - 1].names;
    if (names.has(local) || this.frames.length > 1) {
      names.set(local, null);
    }
  }

  resolve(name: string): Resolution {
    const innermost = this.frames.length - 1;
    let inFunction = false;
    for (let i = innermost; i >= 0; i--) {
      const frame = this.frames[i];
      // A class body's names are not visible from the methods inside it.
      if (frame.kind === 'class' && i !== innermost) {
        continue;
      }
      inFunction ||= frame.kind === 'function';
      const bound = frame.names.get(name);
      if (bound !== undefined) {
        return bound === null ? { kind: 'none' } : { kind: 'import', qualified: bound };
      }
    }
    return inFunction ? { kind: 'later' } : { kind: 'none' };
  }

  /** What a module-level name stands for once the whole module has run (for deferred lookups). */
  resolveAtEnd(name: string): string | undefined {
    return this.frames[0].names.get(name) ?? undefined;
  }
}

/** What `from module import name` binds: 'numpy.random' + 'seed'; '.' + 'x' -> '.x'. */
export function joinModule(module: string, name: string): string {
  return module.endsWith('.') ? module + name : `${module}.${name}`;
}
