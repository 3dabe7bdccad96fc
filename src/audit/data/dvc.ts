/**
 * What DVC tracks: the outputs named by `.dvc` pointer files, `dvc.yaml` stages and `dvc.lock`.
 * DVC keeps those files out of git and stores them in a remote with their hashes.
 */
import { parse } from 'yaml';
import { dirName, joinPath } from '../reader';

export interface DvcOutput {
  /** The tracked file or folder, repo-relative. */
  path: string;
  /** The DVC file that names it, and the 1-based line where it does (1 when unknown). */
  source: string;
  line: number;
}

export interface DvcParse {
  outputs: DvcOutput[];
  /** Why the file could not be read as YAML, when it could not. */
  error?: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Paths of an `outs`-like list: strings, `{path: ...}` objects, or `{<path>: {options}}` objects. */
function outPaths(list: unknown): string[] {
  if (!Array.isArray(list)) {
    return [];
  }
  const paths: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      paths.push(item);
    } else if (isObject(item)) {
      if (typeof item.path === 'string') {
        paths.push(item.path);
      } else {
        paths.push(...Object.keys(item));
      }
    }
  }
  return paths;
}

/** 1-based line of the first mention of `path` in the text, or 1. */
function lineOf(text: string, path: string): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex(line => line.includes(path));
  return i < 0 ? 1 : i + 1;
}

/** Normalise a DVC path ('./data/', 'data') relative to the DVC file's folder. */
function resolve(base: string, path: string): string {
  const clean = path.replace(/^\.\//, '').replace(/\/+$/, '');
  return clean === '.' || clean === '' ? base : joinPath(base, clean);
}

/** Outputs of a `.dvc` pointer file, `dvc.yaml` or `dvc.lock` found at `source`. */
export function parseDvcFile(text: string, source: string): DvcParse {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { outputs: [], error: `DVC file is not valid YAML (${detail})` };
  }
  const base = dirName(source);
  const paths: string[] = [];
  if (isObject(doc)) {
    paths.push(...outPaths(doc.outs));
    if (isObject(doc.stages)) {
      for (const stage of Object.values(doc.stages)) {
        if (isObject(stage)) {
          paths.push(...outPaths(stage.outs), ...outPaths(stage.metrics), ...outPaths(stage.plots));
        }
      }
    }
  }
  const outputs = paths.map(path => ({ path: resolve(base, path), source, line: lineOf(text, path) }));
  return { outputs };
}

/** The DVC output that covers `path` (the file itself or a folder holding it). */
export function dvcOutputFor(outputs: readonly DvcOutput[], path: string): DvcOutput | undefined {
  return outputs.find(out => out.path === path || path.startsWith(out.path + '/'));
}

/** True for files DVC itself reads: `.dvc` pointers, `dvc.yaml`, `dvc.lock`. */
export function isDvcFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.dvc') || name === 'dvc.yaml' || name === 'dvc.lock';
}
