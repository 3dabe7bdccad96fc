import { findFigureMap } from './figureMap';
import { outlineOf } from './outline';

const md = (...lines: string[]) => outlineOf(lines.join('\n'), 'markdown');

describe('findFigureMap', () => {
  it('finds a table pairing figures or tables with notebooks and scripts', () => {
    const outline = md('# X', '', '| Result | Code |', '|---|---|', '| Figs. 2-4 | `make_figures.sh` |', '| Table S1 | supplement.R |', '| Data | download.py |');
    expect(findFigureMap(outline)).toEqual({ line: 3, rows: 2 });
    // A MATLAB study's figure table, and a notebook per figure linked by title.
    expect(findFigureMap(md('| Figure | Folder | Script |', '|---|---|---|', '| Figure 3 (violins) | Folder 7 | `violin_plots.m` |'))).toEqual({ line: 1, rows: 1 });
    expect(findFigureMap(md('| Name | Notebook |', '| - | - |', '| Figure 5 | [2_1_statistics](2_1_statistics.ipynb) |'))).toEqual({ line: 1, rows: 1 });
  });

  it('is no map: a results table without code, a file list without figures, figures named outside a table', () => {
    expect(findFigureMap(md('| model | Table 1 acc |', '|---|---|', '| ours | 0.9 |'))).toBeUndefined();
    expect(findFigureMap(md('| file | what |', '|---|---|', '| train.py | trains |'))).toBeUndefined();
    expect(findFigureMap(md('Figure 1 comes from fig1.ipynb.'))).toBeUndefined();
    // An index of figure files is results, not the code that makes them.
    expect(findFigureMap(md('| Figure | File |', '|---|---|', '| Figure 1 | [PNG](Figure1.png), [PDF](Figure1.pdf) |', '| Table 2 | v1.5.m |'))).toBeUndefined();
  });
});
