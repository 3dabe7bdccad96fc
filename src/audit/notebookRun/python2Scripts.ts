/**
 * The repo's `.py` files that are Python 2 (a print statement, `except E, e`, ...), and whether the
 * environment asks for Python 2 (runtime.txt `python-2.x`, a conda `python=2`). A script's Python version
 * is its first dependency: the dependencies item judges it (CHECKLIST.md: the environment must declare
 * what the code needs), where the notebooks item only judges notebooks.
 */
import { parser } from '@lezer/python';
import { defineFact } from '../facts';
import { parserText } from '../python/parserQuirks';
import { LineIndex } from '../python/lineIndex';
import { VENDORED_FOLDERS } from '../vendored';
import { CERTAIN_PYTHON2 } from './facts';
import { python3Problems } from './python3Syntax';

export interface Python2Script {
  path: string;
  line: number;
  idiom: string;
}

export interface Python2Code {
  scripts: Python2Script[];
  /** Where the environment asks for Python 2, when it does. */
  declaredAt?: string;
}

/**
 * Lines that may hold a Python 2 print or except clause: only those files are parsed in full (the
 * parser decides; most repos have none, and a full parse of every script would cost the prescan's gain).
 */
const MAYBE_PYTHON2 = /^[ \t]*(print[ \t]+[^\s(=.,)\]}]|print$|except[ \t]+[\w.]+[ \t]*,|raise[ \t]+[\w.]+[ \t]*,|exec[ \t]+["'\w])/m;

const ENVIRONMENT_FOLDERS = ['', 'binder/', '.binder/'];

export const PYTHON2_CODE = defineFact<Python2Code>('python2-code', async facts => {
  const vendored = await facts.get(VENDORED_FOLDERS);
  const scripts: Python2Script[] = [];
  for (const file of facts.filesWithExtension('.py')) {
    if (vendored.contains(file.path)) {
      continue;
    }
    const { text } = await facts.text(file.path);
    if (!text || !MAYBE_PYTHON2.test(text)) {
      continue;
    }
    const source = parserText(text);
    const problem = python3Problems(parser.parse(source), source).find(p => p.python2 && CERTAIN_PYTHON2.has(p.python2));
    if (problem?.python2) {
      scripts.push({ path: file.path, line: new LineIndex(source).lineOf(problem.offset), idiom: problem.python2 });
    }
  }
  let declaredAt: string | undefined;
  for (const folder of ENVIRONMENT_FOLDERS) {
    for (const name of ['runtime.txt', 'environment.yml', 'environment.yaml']) {
      const path = folder + name;
      if (!declaredAt && facts.has(path)) {
        const { text } = await facts.text(path);
        // Not Python: a config's own syntax, where `python-2.7` or `- python=2.7` asks for Python 2.
        const asks = name === 'runtime.txt' ? /^\s*python-2(\.|$)/m : /^\s*-\s*python\s*[=<>~]*\s*2(\.|\s|$)/m;
        if (text && asks.test(text)) {
          declaredAt = path;
        }
      }
    }
  }
  return { scripts, ...(declaredAt && { declaredAt }) };
});
