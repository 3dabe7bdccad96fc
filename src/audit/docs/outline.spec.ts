import { docFormatOf, isInCode, outlineOf, sectionOf } from './outline';

describe('outlineOf (Markdown)', () => {
  const text = [
    '# Project', //1
    '', //2
    'Intro', //3
    '=====', //4
    '', //5
    '## Usage ##', //6
    '```bash', //7
    '# not a heading', //8
    'python train.py', //9
    '```', //10
    '', //11
    '| model | acc |', //12
    '|-------|----:|', //13
    '| a     | 0.9 |', //14
    '', //15
    'Sub', //16
    '---', //17
    '- item', //18
    '---', //19
    '<h2 align="center">Results</h2>', //20
    '<table><tr><td>1</td></tr>', //21
    '</table>', //22
    '~~~', //23
    'unclosed' //24
  ].join('\n');
  const outline = outlineOf(text, 'markdown');

  it('finds ATX, setext and HTML headings but not comments in code', () => {
    expect(outline.headings).toEqual([
      { level: 1, text: 'Project', line: 1 },
      { level: 1, text: 'Intro', line: 3 },
      { level: 2, text: 'Usage', line: 6 },
      { level: 2, text: 'Sub', line: 16 },
      { level: 2, text: 'Results', line: 20 }
    ]);
  });

  it('finds fenced code blocks, an unclosed one running to the end', () => {
    expect(outline.codeBlocks).toEqual([
      { line: 7, endLine: 10 },
      { line: 23, endLine: 24 }
    ]);
    expect(isInCode(outline, 9)).toBe(true);
    expect(isInCode(outline, 12)).toBe(false);
  });

  it('finds pipe and HTML tables', () => {
    expect(outline.tables).toEqual([
      { line: 12, endLine: 14 },
      { line: 21, endLine: 22 }
    ]);
  });

  it('gives a section up to the next heading of the same or higher level', () => {
    expect(sectionOf(outline, outline.headings[2])).toEqual({ line: 6, endLine: 15 });
    expect(sectionOf(outline, outline.headings[0])).toEqual({ line: 1, endLine: 2 });
  });
});

describe('outlineOf (reStructuredText)', () => {
  const text = [
    '=======', //1
    'Project', //2
    '=======', //3
    '', //4
    'Usage', //5
    '-----', //6
    '', //7
    'Install with::', //8
    '', //9
    '    pip install .', //10
    '', //11
    '.. code-block:: bash', //12
    '', //13
    '   python run.py', //14
    '', //15
    'Results', //16
    '-------', //17
    '', //18
    '=====  =====', //19
    'model  acc', //20
    '=====  =====', //21
    '', //22
    '.. list-table::', //23
    '   * - a' //24
  ].join('\n');
  const outline = outlineOf(text, 'rst');

  it('levels headings by adornment style', () => {
    expect(outline.headings).toEqual([
      { level: 1, text: 'Project', line: 2 },
      { level: 2, text: 'Usage', line: 5 },
      { level: 2, text: 'Results', line: 16 }
    ]);
  });

  it('finds literal blocks, code directives and tables', () => {
    expect(outline.codeBlocks).toEqual([
      { line: 8, endLine: 10 },
      { line: 12, endLine: 14 }
    ]);
    expect(outline.tables).toEqual([
      { line: 19, endLine: 21 },
      { line: 23, endLine: 24 }
    ]);
  });

  it('picks the format from the file name', () => {
    expect(docFormatOf('README.rst')).toBe('rst');
    expect(docFormatOf('README')).toBe('markdown');
  });
});
