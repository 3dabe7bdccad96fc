/** `repro-audit merge FILES... [--csv FILE] [--markdown FILE] [--html FILE]`: batch outputs into one table. */
import * as fs from 'fs';
import * as path from 'path';
import { UsageError, scanArgv } from '../argvScan';
import { formatCsv } from './mergeCsv';
import { formatMergedHtml } from './mergeHtml';
import { formatMergedMarkdown } from './mergeMarkdown';
import { MergedTable, mergeJsonl } from './mergeTable';

export const MERGE_USAGE = `Usage: repro-audit merge FILE... [--csv FILE] [--markdown FILE] [--html FILE]

Merge the JSON Lines outputs of \`repro-audit batch\` (one per shard, in any order) into one table: a row
per repo, sorted by repo; a repo found twice keeps its last audit. Writes CSV, Markdown (the score
distribution, per-item pass rates, the rows) and a self-contained HTML page; with none of the options,
CSV to stdout.

Options:
  --csv FILE       write the table as CSV
  --markdown FILE  write it as Markdown
  --html FILE      write it as one HTML page
  -h, --help       show this help

Exit codes: 0 done, 2 usage error or a file could not be read or written.
`;

export interface MergeIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

type Writer = (table: MergedTable) => string;
const WRITERS: Record<string, Writer> = { '--csv': formatCsv, '--markdown': formatMergedMarkdown, '--html': formatMergedHtml };

export async function runMergeCommand(argv: string[], io: MergeIO): Promise<number> {
  const inputs: string[] = [];
  const outputs: { file: string; writer: Writer }[] = [];
  try {
    for (const token of scanArgv(argv)) {
      if (token.kind === 'word') {
        inputs.push(token.word);
      } else if (token.flag in WRITERS) {
        outputs.push({ file: token.value(), writer: WRITERS[token.flag] });
      } else if (token.flag === '-h' || token.flag === '--help') {
        io.stdout.write(MERGE_USAGE);
        return 0;
      } else {
        throw new UsageError(`unknown option ${token.flag}`);
      }
    }
    if (!inputs.length) {
      throw new UsageError('merge expects at least one batch output FILE');
    }
  } catch (err) {
    io.stderr.write(`repro-audit merge: ${err instanceof Error ? err.message : String(err)}\nRun 'repro-audit merge --help' for usage.\n`);
    return 2;
  }
  const texts: string[] = [];
  for (const input of inputs) {
    try {
      texts.push(await fs.promises.readFile(path.resolve(io.cwd, input), 'utf8'));
    } catch (err) {
      io.stderr.write(`repro-audit merge: cannot read ${input} (${(err as NodeJS.ErrnoException).code ?? err})\n`);
      return 2;
    }
  }
  const table = mergeJsonl(texts);
  if (!outputs.length) {
    io.stdout.write(formatCsv(table));
  }
  for (const { file, writer } of outputs) {
    try {
      await fs.promises.writeFile(path.resolve(io.cwd, file), writer(table));
    } catch (err) {
      io.stderr.write(`repro-audit merge: cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? err})\n`);
      return 2;
    }
  }
  const cut = table.skippedLines ? `; ${table.skippedLines} lines were not results (cut short?) and were skipped` : '';
  io.stderr.write(`repro-audit merge: ${table.rows.length} repos (${table.audited} audited, ${table.failed} failed)${cut}\n`);
  return 0;
}
