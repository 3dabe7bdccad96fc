/**
 * Line numbers for values of a TOML document. smol-toml returns values without positions, so the
 * text is searched: a table header, then a key or a quoted string after it.
 */

function headerName(line: string): string | undefined {
  const m = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
  return m ? m[1].replace(/\s*\.\s*/g, '.').replace(/["']/g, '') : undefined;
}

import { parse } from 'smol-toml';
import type { ParseProblem } from './types';
export class TomlLines {
  private readonly lines: string[];
  /** Per table start: key -> first line, so many keys cost one pass. */
  private readonly keyIndex = new Map<string, Map<string, number>>();

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** 1-based line of `[name]` (or `[[name]]`), undefined when absent. */
  header(name: string): number | undefined {
    const i = this.lines.findIndex(l => headerName(l) === name);
    return i < 0 ? undefined : i + 1;
  }

  /** The line after the table starting at `from` where the next table begins (exclusive end). */
  tableEnd(from: number): number {
    for (let i = from; i < this.lines.length; i++) {
      if (headerName(this.lines[i]) !== undefined) {
        return i + 1;
      }
    }
    return this.lines.length + 1;
  }

  /** 1-based line of `key =` within [from, to), quoted or bare. */
  key(key: string, from = 1, to = this.lines.length + 1): number | undefined {
    const id = `${from}:${to}`;
    let index = this.keyIndex.get(id);
    if (!index) {
      index = new Map();
      for (let i = Math.max(0, from - 1); i < Math.min(to - 1, this.lines.length); i++) {
        const m = /^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_.-]+))\s*=/.exec(this.lines[i]);
        const name = m && (m[1] ?? m[2] ?? m[3]);
        if (name !== null && name !== undefined && !index.has(name)) {
          index.set(name, i + 1);
        }
      }
      this.keyIndex.set(id, index);
    }
    return index.get(key);
  }

  /** 1-based line of the first quoted occurrence of `value` at or after `from`. */
  string(value: string, from = 1): number | undefined {
    const needles = [`"${value}"`, `'${value}'`];
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++) {
      if (needles.some(n => this.lines[i].includes(n))) {
        return i + 1;
      }
    }
    return undefined;
  }
}

/** The line smol-toml reports for a syntax error, when it gives one. */
export function tomlErrorLine(err: unknown): number | undefined {
  const line = (err as { line?: unknown } | null)?.line;
  return typeof line === 'number' && line > 0 ? line : undefined;
}

/** The first line of an error message (smol-toml adds a code excerpt below it). */
export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/** A TOML document, or the problem that keeps it from being one (with smol-toml's line). */
export function parseTomlDocument(text: string, path: string): { doc?: Record<string, unknown>; problem?: ParseProblem } {
  try {
    return { doc: parse(text) as Record<string, unknown> };
  } catch (err) {
    return { problem: { message: `Broken TOML: ${firstLine(err)}`, path, line: tomlErrorLine(err) } };
  }
}
