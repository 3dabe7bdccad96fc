import { parsePipfile } from './pipfile';

const PIPFILE = `[[source]]
url = "https://packages.example.org/simple"
verify_ssl = true
name = "mirror"

[packages]
requests = "*"
numpy = "==1.26.4"
"scikit-learn" = {version = "==1.4.0", extras = ["x"]}
mylib = {path = ".", editable = true}
tool = {git = "https://github.com/a/tool.git", ref = "0123456789abcdef"}
pandas = ">=2"

[dev-packages]
pytest = "==8.0.0"

[requires]
python_version = "3.11"
`;

describe('parsePipfile', () => {
  it('reads packages and dev-packages with lines and pins', () => {
    const parsed = parsePipfile(PIPFILE, 'Pipfile');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.group])).toEqual([
      ['requests', 7, false, undefined],
      ['numpy', 8, true, undefined],
      ['scikit-learn', 9, true, undefined],
      ['tool', 11, true, undefined],
      ['pandas', 12, false, undefined],
      ['pytest', 15, true, 'dev']
    ]);
  });

  it('turns broken TOML into a problem', () => {
    const parsed = parsePipfile('[packages\nrequests = "*"', 'Pipfile');
    expect(parsed.problems[0]).toMatchObject({ path: 'Pipfile', line: 1 });
  });
});
