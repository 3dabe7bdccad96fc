/**
 * The paths fix of a notebook: each string literal the notebooks check calls an absolute path
 * (`notebooks.absolute-path`, by the check's own rule) that points inside the repo (repoPathOfAbsolute.ts)
 * becomes the path from the notebook's folder, which is the kernel's working directory in Jupyter:
 * `pathlib.Path("../data/x.csv")`, with `import pathlib` written once where imports go
 * (importPlacement.ts) unless the notebook already imports it. The literal keeps its quotes, its
 * prefix (`r`, `f`) and its f-string fields; Windows separators become `/`, which pathlib reads on
 * every system. Where the value is used as a string a Path would break it, so there the literal
 * only becomes relative and stays a string: an operand (`DATA + "x.csv"`, `p == "/..."`), a method's
 * object (`"/...".format(x)`), part of an implicit concatenation, an argument of an API that wants
 * `str` (`sys.path.insert`, `glob.glob`, OpenCV), or a name bound to it that the notebook uses in
 * any of those ways, or a folder written with its trailing separator (made to be concatenated to).
 * Paths outside the repo are listed in the notes for the user to decide, never changed.
 */
import type { SyntaxNode } from '@lezer/common';
import { cellLabel, cellLineLabel } from '../audit/notebook/cellLabel';
import { isMachinePath } from '../audit/hygiene/absolutePaths';
import type { TextEdit } from './edits';
import { importPlaceIn, importTargetCell, insertLines } from './importPlacement';
import type { NotebookFixPlan } from './notebookFixPlan';
import { NotebookPython, notebookPythonOf } from './notebookPython';
import { RepoLocation, pathSegments, relativeFromFolder, repoPathOfAbsolute } from './repoPathOfAbsolute';

export type { RepoLocation } from './repoPathOfAbsolute';

/** Callees whose path argument must stay a `str` (by their last names, or the whole dotted name). */
const STRING_CALLEES = ['sys.path.insert', 'sys.path.append', 'sys.path.extend', 'glob.glob', 'glob.iglob', 'os.system'];
const STRING_CALLEE_MODULES = ['cv2.'];

/** Attributes a Path has with the same meaning a path string would be used for; any other attribute is str's. */
const PATH_ATTRIBUTES = new Set([
  'parent', 'parents', 'name', 'stem', 'suffix', 'suffixes', 'parts', 'exists', 'is_file', 'is_dir', 'glob', 'rglob',
  'iterdir', 'open', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'mkdir', 'joinpath', 'with_suffix',
  'with_name', 'as_posix', 'resolve', 'absolute', 'expanduser', 'stat', 'unlink', 'touch'
]);

const STRING_NODES = new Set(['String', 'FormatString']);

function literalAt(python: NotebookPython, offset: number): SyntaxNode | undefined {
  for (let node: SyntaxNode | null = python.syntax.tree.resolveInner(offset, 1); node; node = node.parent) {
    if (STRING_NODES.has(node.name) && node.from === offset) {
      return node;
    }
    if (node.from < offset) {
      break;
    }
  }
  return undefined;
}

function textOf(python: NotebookPython, node: SyntaxNode): string {
  return python.source.slice(node.from, node.to);
}

function calleeText(python: NotebookPython, argList: SyntaxNode): string | undefined {
  const call = argList.parent;
  return call?.name === 'CallExpression' && call.firstChild ? textOf(python, call.firstChild).replace(/\s+/g, '') : undefined;
}

function wantsString(callee: string | undefined): boolean {
  return !!callee && (STRING_CALLEES.includes(callee) || STRING_CALLEE_MODULES.some(m => callee.startsWith(m)));
}

/** Names the notebook uses as strings: operands, str methods' objects, arguments of str-only APIs. */
function namesUsedAsStrings(python: NotebookPython): Set<string> {
  const names = new Set<string>();
  python.syntax.tree.iterate({
    enter: ref => {
      const node = ref.node;
      if (node.name === 'BinaryExpression') {
        for (let c = node.firstChild; c; c = c.nextSibling) {
          if (c.name === 'VariableName') {
            names.add(textOf(python, c));
          }
        }
      } else if (node.name === 'MemberExpression' && node.firstChild?.name === 'VariableName') {
        const property = node.lastChild?.name === 'PropertyName' ? textOf(python, node.lastChild) : undefined;
        if (property && !PATH_ATTRIBUTES.has(property)) {
          names.add(textOf(python, node.firstChild));
        }
      } else if (node.name === 'ArgList' && wantsString(calleeText(python, node))) {
        for (let c = node.firstChild; c; c = c.nextSibling) {
          if (c.name === 'VariableName') {
            names.add(textOf(python, c));
          }
        }
      }
    }
  });
  return names;
}

/** Whether the literal's value must stay a str where it stands. */
function usedAsString(python: NotebookPython, node: SyntaxNode, stringNames: () => Set<string>): boolean {
  const parent = node.parent;
  if (!parent) {
    return false;
  }
  switch (parent.name) {
    case 'BinaryExpression':
    case 'ContinuedString':
    case 'MemberExpression':
      return true;
    case 'ArgList':
      return wantsString(calleeText(python, parent));
    case 'AssignStatement': {
      const target = parent.firstChild;
      return target?.name === 'VariableName' && stringNames().has(textOf(python, target));
    }
    default:
      return false;
  }
}

/** The literal's prefix ('r', 'f', 'rb'), quote and body, as written. */
function literalParts(text: string): { prefix: string; quote: string; body: string } {
  let start = 0;
  while (start < text.length && text[start] !== '"' && text[start] !== "'") {
    start++;
  }
  const q = text[start];
  const quote = text.startsWith(q + q + q, start) ? q + q + q : q;
  const end = text.length >= start + 2 * quote.length && text.endsWith(quote) ? text.length - quote.length : text.length;
  return { prefix: text.slice(0, start), quote, body: text.slice(start + quote.length, end) };
}

/** How the notebook can name pathlib.Path before `offset`: an import it has, or one to add. */
function pathName(python: NotebookPython, offset: number): { name: string; needsImport: boolean } {
  const before = python.analysis.imports.filter(i => i.scope === undefined && i.offset < offset);
  const module = before.find(i => i.module === 'pathlib' && i.name === undefined && i.local === 'pathlib');
  if (module) {
    return { name: 'pathlib.Path', needsImport: false };
  }
  const direct = before.find(i => i.module === 'pathlib' && i.name === 'Path');
  if (direct) {
    return { name: direct.local, needsImport: false };
  }
  return { name: 'pathlib.Path', needsImport: true };
}

export function planPathsFix(file: { path: string; text: string }, repo: RepoLocation): NotebookFixPlan {
  const base = { path: file.path, kind: 'notebook' as const, fix: 'paths' as const };
  if (!file.path.toLowerCase().endsWith('.ipynb')) {
    return { ...base, status: 'unsupported', edits: [], changes: [], notes: [], reason: 'the paths fix edits notebooks only' };
  }
  const parsed = notebookPythonOf(file.path, file.text);
  if ('reason' in parsed) {
    return { ...base, status: 'unsupported', edits: [], changes: [], notes: [], reason: parsed.reason };
  }
  const python = parsed.python;
  const folder = file.path.split('/').slice(0, -1);
  let stringNames: Set<string> | undefined;
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  const notes: string[] = [];
  let importAt: number | undefined;
  let path: { name: string; needsImport: boolean } | undefined;
  const importCell = importTargetCell(python);
  for (const literal of python.analysis.strings) {
    if (literal.docstring || !isMachinePath(literal.value)) {
      continue;
    }
    const node = literalAt(python, literal.offset);
    const place = python.placeOf(literal.offset);
    const at = python.code.locate(literal.line);
    const label = `"${literal.value}" (${at ? cellLineLabel(at.cell, at.line) : `line ${literal.line}`})`;
    if (!node || !place) {
      notes.push(`${label}: not in a Python line of one cell; left for you to decide`);
      continue;
    }
    const text = textOf(python, node);
    const { prefix, quote, body } = literalParts(text);
    const lower = prefix.toLowerCase();
    if (lower.includes('b')) {
      notes.push(`${label} is a bytes literal: left for you to decide`);
      continue;
    }
    const { segments, trailingSeparator } = pathSegments(body, { raw: lower.includes('r'), format: lower.includes('f') });
    const target = repoPathOfAbsolute(segments, repo);
    if (!target) {
      notes.push(`${label} points outside the repo: for you to decide (a setting at the top, a download step, or a copy into the repo)`);
      continue;
    }
    const relative = relativeFromFolder(folder, target);
    const newLiteral = `${prefix}${quote}${relative}${trailingSeparator && relative !== '.' ? '/' : ''}${quote}`;
    const asString = trailingSeparator || usedAsString(python, node, () => (stringNames ??= namesUsedAsStrings(python)));
    let replacement = newLiteral;
    // Above the cell an added `import pathlib` would go (a cell opening with `%%time`), a Path would not be defined yet.
    const beforeImport = importCell === undefined || place.cell < importCell;
    if (!asString && !(beforeImport && pathName(python, node.from).needsImport)) {
      path ??= pathName(python, node.from);
      replacement = `${path.name}(${newLiteral})`;
      if (path.needsImport) {
        importAt ??= node.from;
      }
    }
    const end = place.offset + (node.to - node.from);
    if (python.notebook.cells[place.cell].source.slice(place.offset, end) !== text) {
      notes.push(`${label}: its cell does not read as analysed; left for you to decide`);
      continue;
    }
    edits.push({ kind: 'text', path: file.path, cell: place.cell, range: { start: place.offset, end }, newText: replacement });
    changes.push(`${label} → ${replacement}`);
  }
  if (importAt !== undefined && importCell !== undefined) {
    const cell = importCell;
    const place = importPlaceIn(python, cell);
    edits.push(insertLines(python, cell, place.line, ['import pathlib'], place.codeFollows));
    changes.push(`"import pathlib" added to ${cellLabel(cell)}`);
  }
  return {
    ...base,
    status: edits.length ? 'changes' : 'nothing-to-fix',
    edits,
    changes,
    notes,
    ...(!edits.length && { reason: notes.length ? 'only paths outside the repo, for you to decide' : 'no absolute path inside the repo' })
  };
}
