import { evaluatePathExpression, normalizeRelative, parentOf, resolveAgainst } from './pathExpression';

describe('evaluatePathExpression', () => {
  const names: Record<string, string> = { DATA: "'../data'", ROOT: 'Path.cwd().parent', LOOP: 'LOOP', __file__: "'tools/setup_paths.py'" };
  it.each([
    ["'../data/x.csv'", '../data/x.csv'],
    ['"data.csv"', 'data.csv'],
    ["r'..\\\\'", '..\\\\'],
    ["os.path.join('..', 'data', 'x.csv')", '../data/x.csv'],
    ["os.path.join(os.getcwd(), '..')", './..'],
    ['os.path.abspath("..")', '..'],
    ["os.path.dirname(os.getcwd())", '..'],
    ["os.path.dirname(os.path.abspath('..'))", '../..'],
    ['str(Path.cwd().parent)', '..'],
    ["Path('..') / 'data' / 'x.csv'", '../data/x.csv'],
    ["Path('..').resolve()", '..'],
    ["pathlib.Path('a').joinpath('b', 'c.txt')", 'a/b/c.txt'],
    ["DATA + '/m.pt'", '../data/m.pt'],
    ["ROOT / 'src'", '../src'],
    ["Path('a', 'b')", 'a/b'],
    ["os.path.join('/abs', 'x')", '/abs/x'],
    ['f"{d}/a.txt"', undefined],
    ['f"plain.txt"', 'plain.txt'],
    ['LOOP', undefined],
    ['unknown_name', undefined],
    ['get_path()', undefined],
    ["os.path.join(*parts)", undefined],
    ["'a' if x else 'b'", undefined],
    ['x = 1', undefined],
    ["'unterminated", undefined],
    ['Path(__file__).resolve().parents[1]', '.'],
    ['Path(__file__).resolve().parents[2]', '..'],
    ['Path.cwd().parents[0]', '..'],
    ['Path(__file__).parents[i]', undefined],
    ["os.path.abspath(os.path.join(os.getcwd(), os.pardir))", './..'],
    ["os.path.dirname(os.path.realpath(__file__)) + '/../src'", 'tools/../src']
  ])('%s -> %s', (text, expected) => {
    expect(evaluatePathExpression(text, name => names[name])).toBe(expected);
  });
});

describe('path helpers', () => {
  it('normalises, takes parents and resolves against a folder', () => {
    expect(normalizeRelative('./a/../b/./c/')).toBe('b/c');
    expect(normalizeRelative('../../a')).toBe('../../a');
    expect(parentOf('.')).toBe('..');
    expect(parentOf('..')).toBe('../..');
    expect(parentOf('a/b')).toBe('a');
    expect(parentOf('a')).toBe('.');
    expect(parentOf('/x/y')).toBe('/x');
    expect(resolveAgainst('experiments', '../data/x.csv')).toEqual({ path: 'data/x.csv', outside: false });
    expect(resolveAgainst('', '../x.csv')).toEqual({ path: '../x.csv', outside: true });
    expect(resolveAgainst('nb', '/home/me/x.csv')).toEqual({ path: '/home/me/x.csv', outside: true });
    expect(resolveAgainst('nb', '~/x.csv').outside).toBe(true);
  });
});
