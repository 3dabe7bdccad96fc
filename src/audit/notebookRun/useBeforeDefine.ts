/**
 * Names a notebook reads in a cell above every definition of them: "Restart & Run All" stops there with
 * a NameError, though the saved session had the name from a later cell run first. Only reads that
 * certainly come first are reported: builtins are never, nor reads after a point where any name may
 * have been defined unseen (a star import from outside the repo, `exec`, `globals()`, `%run`).
 */
import { isBuiltinName } from './builtins';
import type { NameEvent, NameFlow } from './nameFlow';

export interface LateDefinition {
  name: string;
  /** Offset of the read (for a read inside a function: of the call that runs it). */
  readAt: number;
  /** Offset of the first definition. */
  definedAt: number;
  /** The function whose call reads the name, when the read is in a function body. */
  via?: string;
}

export interface FlowContext {
  /** The code cell (0-based notebook index) holding an offset. */
  cellOf(offset: number): number;
  /** Names that a star import binds, or undefined when they cannot be known (a module outside the repo). */
  starNames(module: string): readonly string[] | undefined;
  /** Offsets of magics that define names unseen (`%run`, `%store -r`). */
  magicBarriers: readonly number[];
}

/** The reads a module-level call runs: its function's free names, and those of the functions it calls. */
function readsOfCall(flow: NameFlow, call: NameEvent): Array<NameEvent & { via: string }> {
  const reads: Array<NameEvent & { via: string }> = [];
  const seen = new Set<string>();
  const pending = [call.name];
  while (pending.length) {
    const name = pending.pop()!;
    if (seen.has(name)) {
      continue;
    }
    seen.add(name);
    // The definition in force at the call: the last one above it.
    const body = flow.bodies.get(name)?.filter(b => b.offset < call.offset).pop();
    if (!body) {
      continue;
    }
    reads.push(...body.reads.map(r => ({ name: r.name, offset: call.offset, via: call.name })));
    pending.push(...body.calls);
  }
  return reads;
}

export function readsBeforeDefinitions(flow: NameFlow, context: FlowContext): LateDefinition[] {
  const firstDefinition = new Map<string, number>();
  const define = (name: string, offset: number): void => {
    const known = firstDefinition.get(name);
    if (known === undefined || offset < known) {
      firstDefinition.set(name, offset);
    }
  };
  flow.definitions.forEach(d => define(d.name, d.offset));
  const barriers = [...flow.barriers, ...context.magicBarriers];
  for (const star of flow.starImports) {
    const names = context.starNames(star.module);
    if (names) {
      names.forEach(n => define(n, star.offset));
    } else {
      barriers.push(star.offset);
    }
  }
  const firstBarrier = Math.min(Infinity, ...barriers);
  const reads: Array<NameEvent & { via?: string }> = [...flow.reads, ...flow.calls.flatMap(c => readsOfCall(flow, c))];
  const byName = new Map<string, LateDefinition>();
  for (const read of reads) {
    const definedAt = firstDefinition.get(read.name);
    if (definedAt === undefined || read.offset >= definedAt || read.offset > firstBarrier || isBuiltinName(read.name)) {
      continue;
    }
    // Within one cell the order is the cell's own logic (loops, branches): only a later cell is certain.
    if (context.cellOf(read.offset) >= context.cellOf(definedAt)) {
      continue;
    }
    const known = byName.get(read.name);
    if (!known || read.offset < known.readAt) {
      byName.set(read.name, { name: read.name, readAt: read.offset, definedAt, ...(read.via && { via: read.via }) });
    }
  }
  return [...byName.values()].sort((a, b) => a.readAt - b.readAt);
}
