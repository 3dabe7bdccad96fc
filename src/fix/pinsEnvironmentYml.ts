/**
 * New environment.yml text with exact pins for exactly the packages the repo imports: conda entries
 * get `=version`, entries of the `pip:` section `==version`, and imported packages declared nowhere
 * are appended to the pip section under a comment (the section, and `- pip`, added when missing).
 * The YAML is located with the `yaml` package's node ranges and edited by range, so comments, order,
 * indentation, quoting, channels and markers stay byte for byte. Broken YAML is an error, not a throw.
 */
import { isMap, isScalar, isSeq, LineCounter, Node, Pair, parseDocument, Scalar, YAMLSeq } from 'yaml';
import { parseCondaEnvironment } from '../audit/deps/condaEnvironment';
import { parseCondaSpec } from '../audit/deps/condaSpec';
import { normalizeName } from '../audit/deps/normalizeName';
import { parseRequirementLine } from '../audit/deps/requirementsTxt';
import { condaPinnedText } from './condaPin';
import { ADDED_PINS_COMMENT, PinChange, PinsPlan, pinnedRequirementText } from './pins';
import type { ImportedPackage } from './pinsImports';
import { candidatesOf, installedCandidate, PinsProbe, versionIn } from './pinsProbe';
import { scalarSource } from './yamlScalarSource';

export interface EnvironmentPinsPlan extends PinsPlan {
  /** Why the file cannot be edited (broken YAML, not a conda environment); `text` is then unchanged. */
  error?: string;
}

export interface EnvironmentPinsOptions {
  path?: string;
  /** Normalised names declared in files the pip section pulls in with `-r`: pinned there, not added here. */
  declaredElsewhere?: readonly string[];
}

/** One package entry of the file: a conda spec or a line of the pip section. */
interface Entry {
  node: Scalar;
  ecosystem: 'conda' | 'pip';
  name: string;
  normalized: string;
  pinned: boolean;
  line: number;
}

interface Edit {
  from: number;
  to: number;
  text: string;
  /** Changes whose line is the edit's start plus `lineOffset`. */
  changes: Array<Omit<PinChange, 'line'> & { lineOffset: number }>;
}

type Layout = { deps?: YAMLSeq; depsKey?: Pair; pip?: YAMLSeq; hasPipEntry: boolean; entries: Entry[] };

const unchanged = (text: string, error?: string): EnvironmentPinsPlan => ({ text, changes: [], alreadyPinned: [], unpinned: [], ...(error ? { error } : {}) });

/** Where a node's last scalar ends: the end of the line holding it is where a sibling goes. */
function lastLeafEnd(node: unknown): number | undefined {
  if (isScalar(node)) {
    return node.range?.[1];
  }
  if (isSeq(node)) {
    return lastLeafEnd(node.items[node.items.length - 1]);
  }
  if (isMap(node)) {
    const pair = node.items[node.items.length - 1];
    return pair ? lastLeafEnd(pair.value ?? pair.key) : undefined;
  }
  return undefined;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
}

/** The whitespace before a block item's `- `, or undefined when the item does not start its own line. */
function dashIndent(text: string, node: Node | null): string | undefined {
  const start = node?.range?.[0];
  if (start === undefined) {
    return undefined;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const match = /^([ \t]*)-[ \t]+$/.exec(text.slice(lineStart, start));
  return match?.[1];
}

function layoutOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: string): Layout | string {
  const layout: Layout = { hasPipEntry: false, entries: [] };
  if (doc.contents === null) {
    return layout;
  }
  if (!isMap(doc.contents)) {
    return `${path} is not a conda environment file: its top level is not a mapping`;
  }
  const depsKey = doc.contents.items.find(p => isScalar(p.key) && p.key.value === 'dependencies');
  layout.depsKey = depsKey;
  const deps = depsKey?.value;
  if (deps === undefined || deps === null || (isScalar(deps) && deps.value === null)) {
    return layout;
  }
  if (!isSeq(deps)) {
    return `${path}: "dependencies" is not a list`;
  }
  layout.deps = deps;
  const lineOf = (node: Scalar) => lines.linePos(node.range?.[0] ?? 0).line;
  for (const item of deps.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      const spec = parseCondaSpec(item.value);
      if ('error' in spec) {
        continue;
      }
      if (normalizeName(spec.name) === 'pip') {
        layout.hasPipEntry = true;
      }
      layout.entries.push({ node: item, ecosystem: 'conda', name: spec.name, normalized: normalizeName(spec.name), pinned: spec.pinned, line: lineOf(item) });
    } else if (isMap(item) && !layout.pip) {
      const pip: unknown = item.get('pip', true);
      if (!isSeq(pip)) {
        continue;
      }
      layout.pip = pip;
      for (const entry of pip.items) {
        if (!isScalar(entry) || typeof entry.value !== 'string') {
          continue;
        }
        const parsed = parseRequirementLine(entry.value, path, lineOf(entry), 'pip').package;
        if (parsed) {
          layout.entries.push({ node: entry, ecosystem: 'pip', name: parsed.name, normalized: parsed.normalized, pinned: parsed.pinned, line: parsed.line });
        }
      }
    }
  }
  return layout;
}

/** The edit that appends `added` pins to the pip section, creating it (and `- pip`) when missing. */
function additionEdit(text: string, layout: Layout, added: Array<Omit<PinChange, 'line' | 'kind'>>): Edit | string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pins = added.map(a => `${a.distribution}==${a.version}`);
  const block = (head: string[], indent: string) => {
    const lines = [...head, `${indent}${ADDED_PINS_COMMENT}`, ...pins.map(p => `${indent}- ${p}`)];
    return { text: lines.map(l => eol + l).join(''), firstPin: head.length + 2 };
  };
  const edit = (at: number, built: { text: string; firstPin: number }): Edit => ({
    from: at,
    to: at,
    text: built.text,
    changes: added.map((a, i) => ({ ...a, kind: 'added', lineOffset: built.firstPin + i }))
  });
  if (layout.pip) {
    const last = layout.pip.items[layout.pip.items.length - 1] as Node | undefined;
    const indent = layout.pip.flow ? undefined : dashIndent(text, last ?? null);
    const end = lastLeafEnd(layout.pip);
    if (indent === undefined || end === undefined) {
      return 'its pip section is not a block list';
    }
    return edit(lineEnd(text, end), block([], indent));
  }
  const pipHead = (indent: string) => [...(layout.hasPipEntry ? [] : [`${indent}- pip`]), `${indent}- pip:`];
  if (layout.deps) {
    const last = layout.deps.items[layout.deps.items.length - 1] as Node | undefined;
    const indent = layout.deps.flow ? undefined : dashIndent(text, last ?? null);
    const end = lastLeafEnd(layout.deps);
    if (indent === undefined || end === undefined) {
      return 'its dependencies are not a block list';
    }
    return edit(lineEnd(text, end), block(pipHead(indent), `${indent}    `));
  }
  if (layout.depsKey) {
    // `dependencies:` with nothing under it: the list goes right below the key.
    const key = layout.depsKey.key as Scalar;
    const keyLineStart = text.lastIndexOf('\n', (key.range?.[0] ?? 0) - 1) + 1;
    const keyIndent = /^[ \t]*/.exec(text.slice(keyLineStart))![0];
    return edit(lineEnd(text, key.range?.[1] ?? 0), block(pipHead(`${keyIndent}  `), `${keyIndent}      `));
  }
  // No dependencies at all: the whole block goes at the end, keeping the file's last line break (or its lack).
  const built = block(['dependencies:', ...pipHead('  ')], '      ');
  const atLineStart = !text.length || text.endsWith('\n');
  return {
    from: text.length,
    to: text.length,
    text: atLineStart ? built.text.slice(eol.length) + eol : built.text,
    changes: added.map((a, i) => ({ ...a, kind: 'added', lineOffset: built.firstPin + i - (atLineStart ? 1 : 0) }))
  };
}

function applyEdits(text: string, edits: Edit[], lines: LineCounter): { text: string; changes: PinChange[] } {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  const changes: PinChange[] = [];
  for (const e of sorted) {
    out += text.slice(at, e.from);
    const startLine = lines.linePos(e.from).line;
    // Lines already added before this edit move it down.
    const shift = out.split('\n').length - text.slice(0, e.from).split('\n').length;
    for (const { lineOffset, ...change } of e.changes) {
      changes.push({ ...change, line: startLine + shift + lineOffset });
    }
    out += e.text;
    at = e.to;
  }
  return { text: out + text.slice(at), changes };
}

export function planEnvironmentPins(
  text: string,
  imported: readonly ImportedPackage[],
  probe: PinsProbe,
  options: EnvironmentPinsOptions = {}
): EnvironmentPinsPlan {
  const path = options.path ?? 'environment.yml';
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  } catch (err) {
    return unchanged(text, `${path}: YAML could not be read (${String(err)}); nothing was pinned`);
  }
  if (doc.errors.length) {
    const first = doc.errors[0];
    return unchanged(text, `${path}: broken YAML at line ${lines.linePos(first.pos[0]).line} (${first.message.split('\n')[0]}); nothing was pinned`);
  }
  const layout = layoutOf(doc, lines, path);
  if (typeof layout === 'string') {
    return unchanged(text, layout);
  }
  const plan: EnvironmentPinsPlan = unchanged(text);
  const edits: Edit[] = [];
  const added: Array<Omit<PinChange, 'line' | 'kind'>> = [];
  const elsewhere = new Set(options.declaredElsewhere ?? []);
  for (const pkg of imported) {
    const candidates = candidatesOf(pkg, probe);
    const found = layout.entries.filter(e => candidates.includes(e.normalized));
    if (found.some(e => e.pinned)) {
      plan.alreadyPinned.push(pkg.module);
      continue;
    }
    const installed = installedCandidate(pkg, probe);
    if (!found.length) {
      if (candidates.some(c => elsewhere.has(c))) {
        continue;
      }
      if (!installed) {
        plan.unpinned.push({ module: pkg.module, reason: `no distribution providing ${pkg.module} is installed in the probed environment` });
      } else if (!added.some(a => a.distribution === installed.distribution)) {
        added.push({ module: pkg.module, ...installed });
      }
      continue;
    }
    for (const entry of found) {
      const version = versionIn(probe.versions, entry.name) ?? installed?.version;
      if (!version) {
        plan.unpinned.push({ module: pkg.module, reason: `${entry.name} (line ${entry.line}) is not installed in the probed environment` });
        continue;
      }
      const value = String(entry.node.value);
      const pinned = entry.ecosystem === 'conda' ? condaPinnedText(value, version) : pinnedRequirementText(value, version);
      const source = pinned === undefined ? undefined : scalarSource(entry.node.type, pinned);
      const range = entry.node.range;
      if (source === undefined || !range) {
        plan.unpinned.push({ module: pkg.module, reason: `line ${entry.line} (${value}) is not a plain ${entry.ecosystem} spec to edit; pin it by hand to ${version}` });
        continue;
      }
      const change = { module: pkg.module, distribution: entry.name, version, kind: 'pinned-in-place' as const, lineOffset: 0 };
      const conda = entry.ecosystem === 'conda' ? parseCondaSpec(pinned!) : undefined;
      if (conda && !('error' in conda)) {
        Object.assign(change, { version: conda.spec.replace(/^=+/, ''), written: `${conda.name}${conda.spec}` });
      }
      edits.push({ from: range[0], to: range[1], text: source, changes: [change] });
    }
  }
  if (added.length) {
    const addition = additionEdit(text, layout, added);
    if (typeof addition === 'string') {
      plan.unpinned.push(...added.map(a => ({ module: a.module, reason: `${path}: ${addition}; add ${a.distribution}==${a.version} to its pip section by hand` })));
    } else {
      edits.push(addition);
    }
  }
  if (!edits.length) {
    return plan;
  }
  const applied = applyEdits(text, edits, lines);
  // The edit must still be the same environment, now pinned: anything else is not written.
  const check = parseCondaEnvironment(applied.text, path);
  const pinnedNames = new Set(check.packages.filter(p => p.pinned).map(p => p.normalized));
  const lost = applied.changes.find(c => !pinnedNames.has(normalizeName(c.distribution)));
  if (check.problems.length > parseCondaEnvironment(text, path).problems.length || lost) {
    return unchanged(text, `${path}: the pins could not be written without changing the file's structure${lost ? ` (${lost.distribution})` : ''}; nothing was pinned`);
  }
  return { ...plan, text: applied.text, changes: applied.changes };
}
