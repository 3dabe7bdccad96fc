import { absolutePathsOf } from '../audit/hygiene/absolutePaths';
import { analyzePython } from '../audit/python/analyze';
import { notebookCode } from '../audit/notebook/code';
import { parseNotebook } from '../audit/notebook/parse';
import { applySeedPlan } from './apply';
import { planNotebookFixes } from './notebookFixes';
import { RepoLocation, planPathsFix } from './pathsPlan';
import { pathSegments, relativeFromFolder, repoPathOfAbsolute } from './repoPathOfAbsolute';
import { TestCell, notebookText } from './__tests__/notebooks';

const REPO: RepoLocation = { name: 'grain-yield', files: ['analysis/clean.ipynb', 'data/raw/plots.csv', 'data/README.md', 'src/model.py'] };

function sources(text: string): string[] {
  return parseNotebook(text).notebook!.cells.map(c => c.source);
}

/** Absolute paths as the notebooks check sees them. */
function absoluteAfter(text: string): string[] {
  return absolutePathsOf(analyzePython(notebookCode(parseNotebook(text).notebook!).source)).map(a => a.value);
}

function fix(cells: TestCell[], repo: RepoLocation = REPO, path = 'analysis/clean.ipynb') {
  const before = notebookText(cells);
  const plan = planPathsFix({ path, text: before }, repo);
  const after = plan.status === 'changes' ? applySeedPlan(before, plan) : before;
  return { before, after, plan };
}

describe('repoPathOfAbsolute', () => {
  const names = (text: string, raw = false) => pathSegments(text, { raw, format: false }).segments;
  it('finds the repo by its folder name, on POSIX, Windows and home paths', () => {
    const tail = (path: string, raw = false) => repoPathOfAbsolute(names(path, raw), REPO)?.map(s => s.text).join('/');
    expect(tail('/home/ana/projects/grain-yield/data/raw/plots.csv')).toBe('data/raw/plots.csv');
    expect(tail('C:\\Users\\ana\\grain-yield\\results\\fig1.png', true)).toBe('results/fig1.png');
    expect(tail('C:\\\\Users\\\\ana\\\\grain-yield\\\\data')).toBe('data');
    expect(tail('~/grain-yield')).toBe('');
  });
  it('finds a renamed clone by a tail the repo holds, of two names or more', () => {
    const tail = (path: string) => repoPathOfAbsolute(names(path), REPO)?.map(s => s.text).join('/');
    expect(tail('/scratch/ana/gy-main/data/raw/plots.csv')).toBe('data/raw/plots.csv');
    expect(tail('/scratch/ana/other/plots.csv')).toBeUndefined();
    expect(tail('/data/imagenet/train')).toBeUndefined();
  });
  it('knows the repo by its absolute location when given', () => {
    const repo = { ...REPO, name: undefined, absoluteRoots: ['/srv/clones/x'] };
    expect(repoPathOfAbsolute(names('/srv/clones/x/out/a.csv'), repo)?.map(s => s.text)).toEqual(['out', 'a.csv']);
  });
  it('writes the path from the notebook folder', () => {
    expect(relativeFromFolder(['analysis'], names('data/x.csv'))).toBe('../data/x.csv');
    expect(relativeFromFolder(['analysis'], names('analysis/x.csv'))).toBe('x.csv');
    expect(relativeFromFolder(['analysis'], names('analysis'))).toBe('.');
  });
});

describe('planPathsFix', () => {
  it('turns a path inside the repo into pathlib.Path from the notebook folder, importing pathlib once', () => {
    const { after, plan } = fix([
      'import pandas as pd',
      'df = pd.read_csv("/home/ana/grain-yield/data/raw/plots.csv")\nmeta = open("/home/ana/grain-yield/data/README.md").read()'
    ]);
    expect(plan.status).toBe('changes');
    expect(sources(after)).toEqual([
      'import pandas as pd\nimport pathlib',
      'df = pd.read_csv(pathlib.Path("../data/raw/plots.csv"))\nmeta = open(pathlib.Path("../data/README.md")).read()'
    ]);
    expect(plan.changes).toContain('"/home/ana/grain-yield/data/raw/plots.csv" (cell 2, line 1) → pathlib.Path("../data/raw/plots.csv")');
    expect(absoluteAfter(after)).toEqual([]);
  });

  it('is idempotent: a second run plans nothing', () => {
    const { after } = fix(['x = open("/home/ana/grain-yield/src/model.py")']);
    expect(planPathsFix({ path: 'analysis/clean.ipynb', text: after }, REPO).status).toBe('nothing-to-fix');
  });

  it('uses the notebook\'s own `from pathlib import Path` when it runs before the literal', () => {
    const { after } = fix(['from pathlib import Path\ncsv = Path("/home/ana/grain-yield/data/raw/plots.csv")', 'y = open("/home/ana/grain-yield/data/README.md")']);
    expect(sources(after)).toEqual(['from pathlib import Path\ncsv = Path(Path("../data/raw/plots.csv"))', 'y = open(Path("../data/README.md"))']);
  });

  it('rewrites Windows paths in raw and plain literals with / separators, keeping the prefix', () => {
    const { after } = fix(['import cv2\nimg = cv2.imread(r"C:\\Users\\ana\\grain-yield\\data\\raw\\leaf.png")', 'f = open("D:\\\\grain-yield\\\\data\\\\README.md")']);
    expect(sources(after)).toEqual(['import cv2\nimport pathlib\nimg = cv2.imread(r"../data/raw/leaf.png")', 'f = open(pathlib.Path("../data/README.md"))']);
  });

  it('keeps f-string fields and makes only the written part relative', () => {
    const { after } = fix(['year = 2020\ndf = open(f"/home/ana/grain-yield/data/raw/{year}.csv")']);
    expect(sources(after)[0]).toBe('import pathlib\n\nyear = 2020\ndf = open(pathlib.Path(f"../data/raw/{year}.csv"))');
  });

  it('keeps a str where the value is used as one: concatenation, a trailing separator, str methods, sys.path', () => {
    const { after } = fix([
      'import sys\nDATA = "/home/ana/grain-yield/data/"\nraw = DATA + "raw/plots.csv"',
      'OUT = "/home/ana/grain-yield/results"\nname = OUT.replace("results", "figures")',
      'sys.path.insert(0, "/home/ana/grain-yield/src")'
    ]);
    expect(sources(after)).toEqual([
      'import sys\nDATA = "../data/"\nraw = DATA + "raw/plots.csv"',
      'OUT = "../results"\nname = OUT.replace("results", "figures")',
      'sys.path.insert(0, "../src")'
    ]);
  });

  it('lists paths outside the repo for the user to decide and changes nothing', () => {
    const { plan } = fix(['imgs = "/data/imagenet/train"\nx = open(imgs)']);
    expect(plan.status).toBe('nothing-to-fix');
    expect(plan.reason).toBe('only paths outside the repo, for you to decide');
    expect(plan.notes[0]).toContain('"/data/imagenet/train" (cell 1, line 1) points outside the repo: for you to decide');
  });

  it('leaves magics and shell lines alone', () => {
    const { after, plan } = fix(['!ls /home/ana/grain-yield/data\n%cd /home/ana/grain-yield\nx = 1']);
    expect(plan.status).toBe('nothing-to-fix');
    expect(sources(after)[0]).toBe('!ls /home/ana/grain-yield/data\n%cd /home/ana/grain-yield\nx = 1');
  });

  it('writes a path from a notebook at the repo root', () => {
    const { after } = fix(['x = open("/home/ana/grain-yield/data/README.md")'], REPO, 'clean.ipynb');
    expect(sources(after)[0]).toBe('import pathlib\n\nx = open(pathlib.Path("data/README.md"))');
  });
});

describe('planNotebookFixes', () => {
  it('plans both fixes as one edit per changed cell against the notebook as read', () => {
    const before = notebookText(['x = 1', 'import pandas as pd\ndf = pd.read_csv("/home/ana/grain-yield/data/raw/plots.csv")']);
    const plan = planNotebookFixes({ path: 'analysis/clean.ipynb', text: before }, ['imports', 'paths'], REPO);
    expect(plan.edits.map(e => e.cell)).toEqual([0, 1]);
    const after = applySeedPlan(before, plan);
    expect(sources(after)).toEqual([
      'import pandas as pd\nimport pathlib\n\nx = 1',
      'df = pd.read_csv(pathlib.Path("../data/raw/plots.csv"))'
    ]);
    expect(planNotebookFixes({ path: 'analysis/clean.ipynb', text: after }, ['imports', 'paths'], REPO).status).toBe('nothing-to-fix');
  });
});

describe('planPathsFix above the import cell', () => {
  it('keeps a str in a %%time cell above the cell that takes `import pathlib`', () => {
    const { after } = fix(['%%time\nraw = open("/home/ana/grain-yield/data/README.md")', 'x = open("/home/ana/grain-yield/src/model.py")']);
    expect(sources(after)).toEqual([
      '%%time\nraw = open("../data/README.md")',
      'import pathlib\n\nx = open(pathlib.Path("../src/model.py"))'
    ]);
  });
});
