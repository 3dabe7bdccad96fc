/**
 * Shell commands written in prose: `$ python train.py`, `pip install -r requirements.txt`, or the
 * same in inline code. What "the exact commands" of a README look like outside a code block.
 * Each tool needs a command-like argument, so that "python is fast" or "make sure" are prose.
 */

const COMMAND = [
  'python3?\\s+(?:-\\S+\\s+)*(?:-m\\s+\\S+|\\S+\\.py\\b)',
  'pip3?\\s+install\\b',
  '(?:conda|mamba|micromamba)\\s+(?:env|create|install|activate|run)\\b',
  '(?:bash|sh)\\s+\\S+\\.sh\\b',
  'jupyter\\s+(?:nbconvert|notebook|lab|execute)\\b',
  'papermill\\s+\\S+',
  'docker\\s+(?:build|run|compose|pull)\\b',
  'git\\s+clone\\b',
  'Rscript\\s+\\S+',
  'R\\s+CMD\\b',
  'julia\\s+\\S+\\.jl\\b',
  'snakemake\\b',
  'dvc\\s+(?:pull|repro|get|fetch|exp)\\b',
  'poetry\\s+(?:install|run)\\b',
  'uv\\s+(?:sync|run|pip)\\b',
  'pytest\\b',
  'nextflow\\s+run\\b',
  '(?:tox|nox)\\b(?:\\s+-|\\s*$)',
  'accelerate\\s+launch\\b',
  '(?:torchrun|deepspeed)\\s+\\S+',
  '\\./[\\w./-]+\\.sh\\b',
  // `make` alone or with one target: longer lines starting with "make" are prose ("make sure ...").
  'make(?:\\s+[\\w./-]+)?\\s*(?:$|`)'
].join('|');

/** A whole line that is a command, possibly after a prompt (`$`, `>`, `%`) or a list bullet. */
const COMMAND_LINE = new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:[$>%]\\s*)?(?:${COMMAND})`);

/** A command in inline code: "run `python train.py --epochs 10`". */
const INLINE_COMMAND = new RegExp('`\\s*(?:[$>%]\\s*)?(?:' + COMMAND + ')');

export function isCommandLine(line: string): boolean {
  return COMMAND_LINE.test(line) || INLINE_COMMAND.test(line);
}
