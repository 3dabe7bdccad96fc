import { analyzePython } from '../python/analyze';
import { fileAccesses } from './fileAccess';
import { RepoIndex } from './repoIndex';

const REPO = new RepoIndex([
  'data/train.csv',
  'data/img/cat.png',
  'models/net.pt',
  'experiments/local.csv',
  'saved/export/saved_model.pb'
]);

function accesses(code: string, path = 'experiments/run.ipynb', kind: 'notebook' | 'script' = 'notebook') {
  return fileAccesses({ path, kind, analysis: analyzePython(code) }, REPO).map(
    a => `${a.line} ${a.access} ${a.kind} ${a.path}${a.exists ? '' : a.outside ? ' (outside)' : ' (missing)'}`
  );
}

describe('fileAccesses', () => {
  it.each<[string, string, string[]]>([
    ['pandas read_csv relative to the notebook', "import pandas as pd\ndf = pd.read_csv('../data/train.csv')\n", ['2 read data data/train.csv']],
    ['keyword path, and a file beside the notebook', "import pandas as pd\npd.read_csv(filepath_or_buffer='local.csv')\n", ['2 read data experiments/local.csv']],
    ['a path relative to the repo root when the notebook folder has none', "import numpy as np\nnp.loadtxt('data/train.csv')\n", ['2 read data data/train.csv']],
    ['a missing file', "import pandas as pd\npd.read_parquet('../data/raw.parquet')\n", ['2 read data data/raw.parquet (missing)']],
    ['os.path.join and a name', "import os\nDATA = os.path.join('..', 'data')\nf = open(os.path.join(DATA, 'train.csv'))\n", ['3 read data data/train.csv']],
    ['open for writing', "with open('../out/log.txt', 'w') as f:\n    pass\nopen('x.txt', mode='a')\n", ['1 write data out/log.txt (missing)', '3 write data experiments/x.txt (missing)']],
    ['models loaded and saved', "import torch, joblib\nnet = torch.load('../models/net.pt')\ntorch.save(net, '../models/new.pt')\njoblib.dump(clf, 'clf.joblib')\nmodel.save('out.h5')\n", [
      '2 read model models/net.pt',
      '3 write model models/new.pt (missing)',
      '4 write model experiments/clf.joblib (missing)',
      '5 write model experiments/out.h5 (missing)'
    ]],
    ['Keras load_model of a SavedModel folder', "from tensorflow import keras\nm = keras.models.load_model('../saved/export')\n", ['2 read model saved/export']],
    ['images through PIL', "from PIL import Image\nImage.open('../data/img/cat.png')\n", ['2 read data data/img/cat.png']],
    ['hub model names, URLs, globs and f-strings are skipped', "from transformers import AutoModel\nAutoModel.from_pretrained('bert-base-uncased')\npd.read_csv('https://x.org/a.csv')\nglob_read = pd.read_csv('*.csv')\npd.read_csv(f'{d}/x.csv')\n", []],
    ['outside the repo', "import pandas as pd\npd.read_csv('/home/me/x.csv')\npd.read_csv('../../up.csv')\n", ['2 read data /home/me/x.csv (outside)', '3 read data ../up.csv (outside)']],
    ['DataFrame writes and downloads', "df.to_csv('../data/clean.csv')\nurllib.request.urlretrieve(URL, '../data/raw.zip')\n", ['1 write data data/clean.csv (missing)', '2 write data data/raw.zip (missing)']],
    ['pickle through open: the extension makes it a model', "import pickle\nm = pickle.load(open('model.pkl', 'rb'))\n", ['2 read model experiments/model.pkl (missing)']]
  ])('%s', (_title, code, expected) => {
    expect(accesses(code)).toEqual(expected);
  });

  it('resolves a script from the repo root first', () => {
    expect(accesses("import pandas as pd\npd.read_csv('data/train.csv')\n", 'scripts/prep.py', 'script')).toEqual(['2 read data data/train.csv']);
    expect(accesses("import pandas as pd\npd.read_csv('data/nope.csv')\n", 'scripts/prep.py', 'script')).toEqual(['2 read data data/nope.csv (missing)']);
  });
});
