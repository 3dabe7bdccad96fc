import { literalText, literalValue } from './literal';

describe('literalValue', () => {
  test.each([
    ['True', true],
    ['False', false],
    ['None', null],
    [' 42 ', 42],
    ['-3', -3],
    ['1_000', 1000],
    ['0x2A', 42],
    ['2.5', 2.5],
    ["'saga'", 'saga'],
    ['"liblinear"', 'liblinear'],
    ["r'x'", 'x'],
    ['"""doc"""', 'doc']
  ])('%s is a literal', (text, value) => {
    expect(literalValue(text)).toBe(value);
  });

  test.each([['seed'], ['args.seed'], ['2**31 - 1'], ["f'{x}'"], ["'a' 'b'"], ['int(time.time())'], ['']])(
    '%s is not a plain literal',
    text => {
      expect(literalValue(text)).toBeUndefined();
    }
  );

  test('undefined stays undefined', () => {
    expect(literalValue(undefined)).toBeUndefined();
  });
});

describe('literalText', () => {
  test.each([
    [true, 'True'],
    [false, 'False'],
    [null, 'None'],
    [0, '0'],
    ['saga', 'saga']
  ])('%s reads %s', (value, text) => {
    expect(literalText(value)).toBe(text);
  });
});
