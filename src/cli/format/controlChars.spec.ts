import { oneLine } from './controlChars';

describe('oneLine', () => {
  it('shows line breaks, tabs and other controls as escapes', () => {
    expect(oneLine('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(oneLine('\x1b[31mred\x07')).toBe('\\u{1b}[31mred\\u{7}');
    expect(oneLine('x\u009by')).toBe('x\\u{9b}y');
  });

  it('disarms bidirectional overrides', () => {
    expect(oneLine('admin\u202e\u2066txt.exe')).toBe('admin\\u{202e}\\u{2066}txt.exe');
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(oneLine('Données ✓ 🎲 "quoted" | <b>')).toBe('Données ✓ 🎲 "quoted" | <b>');
  });
});
