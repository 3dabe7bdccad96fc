import { parseCondaSpec } from './condaSpec';

describe('parseCondaSpec', () => {
  it.each([
    ['numpy', 'numpy', '', false],
    ['numpy=1.26.4', 'numpy', '=1.26.4', true],
    ['numpy==1.26.4', 'numpy', '==1.26.4', true],
    ['numpy==1.26', 'numpy', '==1.26', true],
    ['numpy=1.26.4=py311h64a7726_0', 'numpy', '=1.26.4=py311h64a7726_0', true],
    ['numpy=1.26=py311_0', 'numpy', '=1.26=py311_0', true],
    ['numpy=1.26', 'numpy', '=1.26', false],
    ['numpy=1.26.*', 'numpy', '=1.26.*', false],
    ['numpy=1.26.4=*', 'numpy', '=1.26.4=*', true],
    ['numpy>=1.20', 'numpy', '>=1.20', false],
    ['numpy>=1.20,<2', 'numpy', '>=1.20,<2', false],
    ['numpy=1.26.3|1.26.4', 'numpy', '=1.26.3|1.26.4', false],
    ['numpy 1.26.4', 'numpy', '1.26.4', true],
    ['numpy 1.26.4 py311_0', 'numpy', '1.26.4 py311_0', true],
    ['numpy 1.26.*', 'numpy', '1.26.*', false],
    ["numpy[version='1.26.4']", 'numpy', "[version='1.26.4']", true],
    ["numpy[version='>=1.26']", 'numpy', "[version='>=1.26']", false],
    ['conda-forge::numpy=1.26.4', 'numpy', '=1.26.4', true],
    ['conda-forge/linux-64::scipy', 'scipy', '', false],
    ['python=3.11', 'python', '=3.11', false],
    ['r-base=4.3.2', 'r-base', '=4.3.2', true],
    ['_libgcc_mutex=0.1=conda_forge', '_libgcc_mutex', '=0.1=conda_forge', true],
    // From exported environments: an epoch, a two-part version with its build, a letter version.
    ['icu=1!152.2018', 'icu', '=1!152.2018', true],
    ['icu=1!152.2018=h1234_0', 'icu', '=1!152.2018=h1234_0', true],
    ['icu==1!152.2018', 'icu', '==1!152.2018', true],
    ['blas=1.0=mkl', 'blas', '=1.0=mkl', true],
    ['jpeg=9b=h024ee3a_2', 'jpeg', '=9b=h024ee3a_2', true],
    ['icu=1!', 'icu', '=1!', false],
    ['icu=1!152.*', 'icu', '=1!152.*', false]
  ])('%s', (text, name, spec, pinned) => {
    expect(parseCondaSpec(text)).toMatchObject({ name, spec, pinned });
  });

  it('keeps the channel', () => {
    expect(parseCondaSpec('conda-forge::numpy')).toMatchObject({ channel: 'conda-forge' });
  });

  it.each(['', '>=1.0', 'numpy^1.0'])('rejects "%s"', text => {
    expect(parseCondaSpec(text)).toHaveProperty('error');
  });
});
