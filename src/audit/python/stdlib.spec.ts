import { isStdlibModule } from './stdlib';

describe('isStdlibModule', () => {
  it.each(['os', 'sys', 'json', '__future__', '_thread', 'asyncio', 'tomllib', 'zoneinfo', 'distutils', 'imp', 'asynchat', 'binhex', 'parser', 'graphlib', 'tkinter', 'xml', 'concurrent', '_pydatetime', '__main__'])(
    '%s is standard',
    name => {
      expect(isStdlibModule(name)).toBe(true);
    }
  );

  it.each(['numpy', 'torch', 'yaml', 'six', 'typing_extensions', 'dataclasses_json', 'test', 'os.path', 'OS', ''])('%s is not', name => {
    expect(isStdlibModule(name)).toBe(false);
  });
});
