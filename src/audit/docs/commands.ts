/**
 * Shell commands written in prose: `$ python train.py`, `pip install -r requirements.txt`, or the
 * same in inline code. What "the exact commands" of a README look like outside a code block.
 */

const COMMAND =
  '(?:python3?|pip3?|conda|mamba|micromamba|bash|sh|make|jupyter|papermill|docker|git\\s+clone|Rscript|R\\s+CMD|julia|snakemake|dvc|poetry|uv|pytest|nextflow|tox|nox|accelerate|torchrun|deepspeed|\\./[\\w./-]+\\.sh)';

/** A whole line that is a command, possibly after a prompt (`$`, `>`, `%`) or a list bullet. */
const COMMAND_LINE = new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:[$>%]\\s*)?${COMMAND}\\s+\\S`);

/** A command in inline code: "run `python train.py --epochs 10`". */
const INLINE_COMMAND = new RegExp('`\\s*(?:[$>%]\\s*)?' + COMMAND + '\\s+[^`]+`');

export function isCommandLine(line: string): boolean {
  return COMMAND_LINE.test(line) || INLINE_COMMAND.test(line);
}
