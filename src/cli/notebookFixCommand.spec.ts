/** `repro-audit fix imports|paths` on a real folder: the dry run's diff, the writes, idempotence, the findings after. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { notebooksCheck } from '../audit/checks/notebooks';
import { runAudit } from '../audit/engine';
import { parseFixArgs } from './fixArgs';
import { UsageError } from './args';
import { FsRepoReader } from './fsReader';
import { runCli as run } from './__tests__/runCli';

/** A notebook as Jupyter saves it (nbformat 4.5, one-space indent, sources as lists of lines). */
function notebook(cells: string[]): string {
  const lines = (s: string) => s.split(/(?<=\n)/);
  return (
    JSON.stringify(
      {
        cells: cells.map((source, i) => ({ cell_type: 'code', execution_count: null, id: `c${i}`, metadata: {}, outputs: [], source: lines(source) })),
        metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
        nbformat: 4,
        nbformat_minor: 5
      },
      null,
      1
    ) + '\n'
  );
}

async function notebookCodes(dir: string): Promise<string[]> {
  const check = (await runAudit(new FsRepoReader(dir), { checks: [notebooksCheck] })).checks[0];
  return check.findings.map(f => f.code).sort();
}

describe('repro-audit fix imports|paths', () => {
  let tmp: string;
  let repo: string;
  const late = notebook(['import pandas as pd\ndf = pd.DataFrame({"a": [1]})', 'import numpy as np\nprint(np.mean(df.a))']);
  const absolute = notebook(['import pandas as pd', 'df = pd.read_csv("/home/ana/field-trials/data/plots.csv")\nimgs = "/mnt/shared/imagenet"']);

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-nbfix-'));
    repo = path.join(tmp, 'field-trials');
    fs.mkdirSync(path.join(repo, 'notebooks'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'data'));
    fs.writeFileSync(path.join(repo, 'data', 'plots.csv'), 'a\n1\n');
    fs.writeFileSync(path.join(repo, 'notebooks', 'late.ipynb'), late);
    fs.writeFileSync(path.join(repo, 'notebooks', 'paths.ipynb'), absolute);
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('fix imports --dry-run prints the diff of the flagged notebook and writes nothing', async () => {
    const result = await run(['fix', 'imports', '--dry-run'], repo);
    expect(result.code).toBe(0);
    expect(result.out).toContain('+++ b/notebooks/late.ipynb (cell 1)');
    expect(result.out).toContain('+import numpy as np');
    expect(result.out).toContain('-import numpy as np');
    expect(result.err).toContain('notebooks/late.ipynb: would change\n  "import numpy as np" (cell 2, line 1) moved to cell 1\n');
    expect(fs.readFileSync(path.join(repo, 'notebooks', 'late.ipynb'), 'utf8')).toBe(late);
  });

  test('fix imports then fix paths: the findings are gone, the outside path named, a rerun changes nothing', async () => {
    expect(await notebookCodes(repo)).toEqual(['notebooks.absolute-path', 'notebooks.late-import', 'notebooks.never-run']);
    const imports = await run(['fix', 'imports'], repo);
    expect(imports.code).toBe(0);
    expect(imports.out).toContain('1 of 1 file changed.');
    const paths = await run(['fix', 'paths'], repo);
    expect(paths.code).toBe(0);
    expect(paths.out).toContain('"/home/ana/field-trials/data/plots.csv" (cell 2, line 1) → pathlib.Path("../data/plots.csv")');
    expect(paths.out).toContain('"/mnt/shared/imagenet" (cell 2, line 2) points outside the repo: for you to decide');
    const saved = JSON.parse(fs.readFileSync(path.join(repo, 'notebooks', 'paths.ipynb'), 'utf8'));
    expect(saved.cells[0].source).toEqual(['import pandas as pd\n', 'import pathlib']);
    // The outside path is still an absolute path: the user's to decide, so its finding stays.
    expect(await notebookCodes(repo)).toEqual(['notebooks.absolute-path', 'notebooks.never-run']);
    const again = await run(['fix', 'imports', 'notebooks/late.ipynb'], repo);
    expect(again.out).toContain('notebooks/late.ipynb: nothing to fix (no late import to move)');
    const pathsAgain = await run(['fix', 'paths', 'notebooks/paths.ipynb', '--dry-run'], repo);
    expect(pathsAgain.out).toBe('');
    expect(pathsAgain.err).toContain('notebooks/paths.ipynb: nothing to fix (only paths outside the repo, for you to decide)');
  });

  test('the repo found by its folder name after a clone to another place', async () => {
    const elsewhere = path.join(tmp, 'copy-elsewhere', 'field-trials');
    fs.cpSync(repo, elsewhere, { recursive: true });
    const result = await run(['fix', 'paths', '--root', elsewhere], tmp);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(elsewhere, 'notebooks', 'paths.ipynb'), 'utf8')).toContain('pathlib.Path(\\"../data/plots.csv\\")');
  });

  test('usage: notebooks only, no --seed or --python', async () => {
    expect(parseFixArgs(['imports', 'a.ipynb', '-n'])).toEqual({ what: 'imports', paths: ['a.ipynb'], dryRun: true, root: '.', help: false });
    for (const argv of [['paths', '--seed', '3'], ['imports', '--python', 'python3']]) {
      expect(() => parseFixArgs(argv)).toThrow(UsageError);
    }
    fs.writeFileSync(path.join(repo, 'run.py'), 'import os\n');
    const script = await run(['fix', 'imports', 'run.py'], repo);
    expect(script.code).toBe(2);
    expect(script.err).toContain('not a notebook: run.py');
  });
});
