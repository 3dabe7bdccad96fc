/**
 * repo2docker's install.R: `install.packages(...)` names CRAN packages (fixed by runtime.txt's
 * snapshot date when there is one); `install_version("x", "1.2")` and `install_github("u/r@sha")`
 * fix one version. R code is only scanned for these calls, never run.
 */
import { normalizeName } from './normalizeName';
import type { DeclaredPackage, ParsedDeclaration } from './types';

export interface InstallROptions {
  /** A CRAN snapshot date from runtime.txt: every CRAN package then resolves to that day's version. */
  snapshotDate?: string;
}

/** Top-level arguments of the call whose '(' is at `open`; undefined when it is not closed. */
function callArguments(text: string, open: number): { args: string[]; end: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      current += c;
      if (c === '\\') {
        current += text[++i] ?? '';
      } else if (c === quote) {
        quote = '';
      }
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (depth === 0) {
        args.push(current.trim());
        return { args: args.filter(Boolean), end: i };
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  return undefined;
}

function strings(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'/g)].map(m => m[1] ?? m[2]);
}

/** Split `name = value` arguments from positional ones. */
function named(arg: string): { name?: string; value: string } {
  const m = /^([A-Za-z_.][A-Za-z0-9_.]*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
  return m ? { name: m[1], value: m[2] } : { value: arg };
}

export function parseInstallR(text: string, path: string, options: InstallROptions = {}): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  // Comments out; a '#' inside a string is rare enough in install.R to accept the approximation.
  const code = text
    .split(/\r\n|\r|\n/)
    .map(l => l.replace(/#.*$/, ''))
    .join('\n');
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  };
  const add = (name: string, spec: string, pinned: boolean, offset: number): void => {
    const line = lineAt(offset);
    const pkg: DeclaredPackage = { name, normalized: normalizeName(name), spec, path, line, pinned, ecosystem: 'cran' };
    result.packages.push(pkg);
  };
  const calls = /\b(install\.packages|install_version|install_github|install)\s*\(/g;
  for (const match of code.matchAll(calls)) {
    const open = match.index! + match[0].length - 1;
    const call = callArguments(code, open);
    if (!call) {
      result.problems.push({ message: `Unclosed ${match[1]}( call`, path, line: lineAt(match.index!) });
      continue;
    }
    const parts = call.args.map(named);
    const positional = parts.filter(p => !p.name).map(p => p.value);
    const pkgs = parts.find(p => p.name === 'pkgs' || p.name === 'package' || p.name === 'repo')?.value ?? positional[0] ?? '';
    if (match[1] === 'install_version') {
      const version = parts.find(p => p.name === 'version')?.value ?? positional[1] ?? '';
      const [name] = strings(pkgs);
      const [v] = strings(version);
      if (name) {
        add(name, v ?? '', !!v && !/[<>]/.test(v), match.index!);
      }
    } else if (match[1] === 'install_github') {
      for (const repo of strings(pkgs)) {
        const ref = /@([^@]+)$/.exec(repo)?.[1] ?? strings(parts.find(p => p.name === 'ref')?.value ?? '')[0];
        const name = repo.replace(/@.*$/, '').split('/').pop() ?? repo;
        add(name, repo, !!ref && /^[0-9a-f]{7,40}$/i.test(ref), match.index!);
      }
    } else {
      // install.packages() and BiocManager::install(): a CRAN/Bioconductor snapshot is the only pin.
      for (const name of strings(pkgs)) {
        add(name, options.snapshotDate ? `snapshot ${options.snapshotDate}` : '', !!options.snapshotDate, match.index!);
      }
    }
  }
  return result;
}
