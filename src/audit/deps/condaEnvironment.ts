/**
 * conda's environment.yml: `dependencies:` holds conda match specs and an optional `pip:` list in
 * pip's requirements format (which may `-r` another file).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { condaPackage, parseCondaSpec } from './condaSpec';
import { addRequirementLine, parseRequirementLine } from './requirementsTxt';
import type { ParsedDeclaration } from './types';

export function parseCondaEnvironment(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  } catch (err) {
    result.problems.push({ message: `YAML could not be read: ${String(err)}`, path });
    return result;
  }
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = lines.linePos(error.pos[0]).line;
      result.problems.push({ message: `Broken YAML: ${error.message.split('\n')[0]}`, path, line });
    }
    return result;
  }
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  if (doc.contents === null) {
    return result;
  }
  if (!isMap(doc.contents)) {
    result.problems.push({ message: 'Not a conda environment file: the top level is not a mapping', path, line: 1 });
    return result;
  }
  const dependencies = doc.contents.get('dependencies', true);
  if (dependencies === undefined || dependencies === null || (isScalar(dependencies) && dependencies.value === null)) {
    return result;
  }
  if (!isSeq(dependencies)) {
    result.problems.push({ message: '"dependencies" is not a list', path, line: lineOf(dependencies) });
    return result;
  }
  for (const item of dependencies.items) {
    if (isScalar(item)) {
      const line = lineOf(item);
      const spec = parseCondaSpec(String(item.value));
      if ('error' in spec) {
        result.problems.push({ message: spec.error, path, line });
      } else {
        result.packages.push(condaPackage(spec, path, line));
      }
    } else if (isMap(item)) {
      const pip = item.get('pip', true);
      if (isSeq(pip)) {
        for (const entry of pip.items) {
          if (!isScalar(entry)) {
            continue;
          }
          addRequirementLine(result, parseRequirementLine(String(entry.value), path, lineOf(entry), 'pip'));
        }
      }
    }
  }
  return result;
}
