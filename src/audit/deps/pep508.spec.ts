import { isExactSpecifier, isPinnedUrl, nameFromUrl, parseRequirement } from './pep508';

describe('parseRequirement', () => {
  it.each([
    ['numpy', { name: 'numpy', extras: [], specifier: '' }],
    ['numpy==1.26.4', { name: 'numpy', specifier: '==1.26.4' }],
    ['numpy >= 1.20 , < 2', { name: 'numpy', specifier: '>=1.20,<2' }],
    ['Scikit_Learn (>=1.3)', { name: 'Scikit_Learn', specifier: '>=1.3' }],
    ['requests[socks, security]==2.31.0', { name: 'requests', extras: ['socks', 'security'], specifier: '==2.31.0' }],
    ['pandas>=2; python_version >= "3.9"', { name: 'pandas', specifier: '>=2', marker: 'python_version >= "3.9"' }],
    ['pkg @ https://example.org/pkg-1.0.tar.gz', { name: 'pkg', url: 'https://example.org/pkg-1.0.tar.gz' }],
    ['pkg @ git+https://h/r.git@abc1234 ; sys_platform == "linux"', { url: 'git+https://h/r.git@abc1234', marker: 'sys_platform == "linux"' }]
  ])('reads %s', (text, expected) => {
    expect(parseRequirement(text)).toMatchObject(expected);
  });

  it.each([
    ['>=1.0', /not a valid requirement/],
    ['numpy 1.0', /invalid version specifier "1.0"/],
    ['numpy[extra', /unclosed extras/],
    ['numpy @ ', /missing URL/],
    ['numpy ~= 1', /invalid version specifier/]
  ])('rejects %s', (text, error) => {
    const parsed = parseRequirement(text);
    expect('error' in parsed && parsed.error).toMatch(error);
  });
});

describe('isExactSpecifier', () => {
  it.each([
    ['==1.26.4', true],
    ['==1.0', true],
    ['===1.0-foo', true],
    ['==1.0+cpu', true],
    ['>=1.0,==1.2', true],
    ['==1.2.*', false],
    ['>=1.0', false],
    ['~=1.4.2', false],
    ['!=1.0', false],
    ['', false],
    ['garbage', false]
  ])('%s -> %s', (spec, pinned) => {
    expect(isExactSpecifier(spec)).toBe(pinned);
  });
});

describe('isPinnedUrl', () => {
  it.each([
    ['git+https://github.com/a/b.git@0123456789abcdef0123456789abcdef01234567', true],
    ['git+https://github.com/a/b.git@abc1234#egg=b', true],
    ['git+ssh://git@github.com/a/b.git', false],
    ['git+ssh://git@github.com/a/b.git@deadbeef', true],
    ['git+https://github.com/a/b.git@main', false],
    ['git+https://github.com/a/b.git@v1.2.0', false],
    ['https://github.com/a/b/archive/0123456789abcdef.zip', true],
    ['https://github.com/a/b/archive/main.zip', false],
    ['https://files.example.org/pkg-1.2.3.tar.gz', true],
    ['https://files.example.org/pkg-1.0-py3-none-any.whl', true],
    ['https://example.org/latest.tar.gz', false],
    ['https://example.org/pkg.tar.gz#sha256=abcdef', true]
  ])('%s -> %s', (url, pinned) => {
    expect(isPinnedUrl(url)).toBe(pinned);
  });

  it('takes a name from #egg= or a wheel file name', () => {
    expect(nameFromUrl('git+https://h/r.git#egg=my_pkg')).toBe('my_pkg');
    expect(nameFromUrl('git+https://h/r.git#egg=pkg-1.0')).toBe('pkg');
    expect(nameFromUrl('https://h/torch-2.1.0+cpu-cp311-cp311-linux_x86_64.whl')).toBe('torch');
    expect(nameFromUrl('https://h/archive.zip')).toBeUndefined();
  });
});
