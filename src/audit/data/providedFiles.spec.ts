import { runCheck } from '../__tests__/checkHarness';
import type { Check } from '../check';
import { notebookShellLines, PROVIDED_FILES } from './providedFiles';

describe('notebookShellLines', () => {
  it('takes `!` lines and the bodies of %%bash cells', () => {
    expect(
      notebookShellLines(['import os\n  !wget https://e.org/a.txt\nx = 1', '%%bash\nmkdir -p data\ncurl -o data/b.csv \\\n  https://e.org/b.csv'])
    ).toEqual(['wget https://e.org/a.txt', 'mkdir -p data', 'curl -o data/b.csv    https://e.org/b.csv']);
  });
});

/** What the repo's code provides, as the PROVIDED_FILES fact says. */
async function providedBy(files: Record<string, string>): Promise<(path: string) => boolean> {
  let provides: (path: string) => boolean = () => false;
  const probe: Check = {
    id: 'probe',
    title: 'probe',
    why: '',
    sources: [],
    run: async facts => {
      const provided = await facts.get(PROVIDED_FILES);
      provides = path => provided.provides(path);
      return { status: 'na', summary: '', findings: [] };
    }
  };
  await runCheck(probe, { files });
  return provides;
}

describe('PROVIDED_FILES', () => {
  it('gathers shell steps, os.system/subprocess downloads and Python downloaders, from each working directory', async () => {
    const prepare = [
      'import os, subprocess, zipfile, gdown',
      "os.system('wget https://e.org/glove.zip -O embeddings/glove.zip')",
      "subprocess.run(['curl', '-o', 'tables/t.csv', URL])",
      "zipfile.ZipFile('embeddings/glove.zip').extractall('embeddings/glove')",
      "gdown.download(DRIVE_URL, 'weights/vgg.pth')",
      'import wget',
      "url = 'https://raw.example.com/book/master/Chapter2/data/challenger.csv'",
      'filename = wget.download(url)'
    ].join('\n');
    // A textbook notebook: a zip fetched with requests, unpacked in place, its CSV read by name.
    const unpack = ['import requests, zipfile, io', 'z = zipfile.ZipFile(io.BytesIO(requests.get(URL).content))', 'z.extractall()'].join('\n');
    // An evaluation notebook: a checkpoint archive fetched and unpacked by commands built at run time.
    const fetchModel = ['import os', "folder = 'resnet50_stl10'", "os.system('gdown https://drive.google.com/uc?id={}'.format(file_id))", "os.system('unzip {}'.format(folder))"].join('\n');
    const provides = await providedBy({
      'tools/prepare.py': prepare,
      'Makefile': 'data:\n\tkaggle competitions download -c titanic -p input\n',
      'ch7/overfit.ipynb': JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: { kernelspec: { language: 'python', name: 'python3' } },
        cells: [{ cell_type: 'code', source: unpack, metadata: {}, execution_count: null, outputs: [] }]
      }),
      'eval/linear_probe.ipynb': JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: { kernelspec: { language: 'python', name: 'python3' } },
        cells: [{ cell_type: 'code', source: fetchModel, metadata: {}, execution_count: null, outputs: [] }]
      })
    });
    expect(
      ['embeddings/glove.zip', 'tables/t.csv', 'embeddings/glove/vectors.txt', 'weights/vgg.pth', 'input/train.csv', 'tools/tables/t.csv', 'challenger.csv'].map(provides)
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['ch7/overfitting.csv', 'ch7/sub/x.csv'].map(provides)).toEqual([true, false]);
    expect(['other.csv', 'embeddings/other.txt', 'input'].map(provides)).toEqual([false, false, false]);
    // Unpacked where it runs: the archive's members, loose in the notebook's folder (or its own-named one).
    expect(['eval/config.yml', 'eval/checkpoint_0040.pth.tar', 'eval/sub/x.yml'].map(provides)).toEqual([true, true, false]);
  });

  it('reads commands built at run time: literal words known, filled-in parts unknown', async () => {
    const fetchData = ['import os', "os.system(f'tar -xzf {archive} -C ' + target)"].join('\n');
    const unpack = ['import os', "os.system('unzip %s' % name)"].join('\n');
    const tarOnly = await providedBy({ 'scripts/fetch.py': fetchData });
    // `tar -C <unknown>` fills a folder the code does not name: nothing is known to be provided.
    expect(['scripts/data.csv', 'data.csv'].map(tarOnly)).toEqual([false, false]);
    const unzipped = await providedBy({ 'scripts/unpack.py': unpack });
    // `unzip <unknown>` unpacks in place: loose files in the working directory (the root for a script).
    expect(['data.csv', 'scripts/data.csv', 'sub/data.csv'].map(unzipped)).toEqual([true, false, false]);
  });
});
