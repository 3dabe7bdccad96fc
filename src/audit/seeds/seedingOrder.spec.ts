import { analyzePython } from '../python/analyze';
import type { AnalysedUnit } from './analysedUnit';
import { callsInExecutionOrder } from './executionOrder';
import { frameworkSeedings } from './seedingOrder';

function script(source: string, path = 'main.py'): AnalysedUnit {
  return { path, kind: 'script', analysis: analyzePython(source), evidence: line => ({ path, line }) };
}

/** Per framework drawn from: [framework, seeded before use, line of first draw]. */
function seedingsOf(source: string): Array<[string, boolean, number]> {
  return frameworkSeedings(callsInExecutionOrder(script(source))).map(s => [
    s.framework,
    s.seededBeforeUse,
    s.firstDraw.call.line
  ]);
}

describe('Python random', () => {
  test.each<[string, Array<[string, boolean, number]>]>([
    ['import random\nx = random.random()', [['python', false, 2]]],
    ['import random\nrandom.seed(1)\nx = random.choice([1, 2])', [['python', true, 3]]],
    ['import random\nrandom.shuffle(a)\nrandom.seed(1)', [['python', false, 2]]],
    ['import random\nrandom.seed()\nrandom.randint(0, 9)', [['python', false, 3]]],
    ['from random import shuffle, seed as s\ns(3)\nshuffle(a)', [['python', true, 3]]],
    ['import random\nr = random.Random(3)\nr.random()', []]
  ])('%j', (source, expected) => {
    expect(seedingsOf(source)).toEqual(expected);
  });
});

describe('NumPy', () => {
  test.each<[string, Array<[string, boolean, number]>]>([
    ['import numpy as np\nnp.random.seed(0)\nx = np.random.rand(3)', [['numpy', true, 3]]],
    ['import numpy as np\nx = np.random.rand(3)\nnp.random.seed(0)', [['numpy', false, 2]]],
    ['import numpy\nnumpy.random.shuffle(a)', [['numpy', false, 2]]],
    ['from numpy.random import seed as s, rand\ns(0)\nrand(3)', [['numpy', true, 3]]],
    ['import numpy.random as npr\nnpr.seed(1)\nnpr.normal()', [['numpy', true, 3]]],
    // numpy used for arrays only: nothing to seed.
    ['import numpy as np\nx = np.zeros(3)\ny = np.mean(x)', []],
    ['import numpy as np, time\nnp.random.seed(int(time.time()))\nnp.random.rand()', [['numpy', false, 3]]],
    // pandas' sample draws from NumPy's global state unless given random_state.
    ['import pandas as pd\ndf = pd.read_csv("a.csv")\ndf = df.sample(frac=1)', [['numpy', false, 3]]],
    ['import pandas as pd\ndf = pd.read_csv("a.csv")\ndf = df.sample(frac=1, random_state=0)', []]
  ])('%j', (source, expected) => {
    expect(seedingsOf(source)).toEqual(expected);
  });
});

describe('PyTorch', () => {
  test.each<[string, Array<[string, boolean, number]>]>([
    ['import torch as T\nT.manual_seed(0)\nT.randn(2)', [['torch', true, 3]]],
    ['import torch.nn as nn\nlayer = nn.Linear(2, 3)', [['torch', false, 2]]],
    ['import torch\nnet = torch.nn.Sequential(torch.nn.ReLU())', []],
    ['import torch\nw = torch.empty(3)\nw.normal_()', [['torch', false, 3]]],
    ['from torch import nn\nnn.init.xavier_uniform_(w)\nnn.init.zeros_(b)', [['torch', false, 2]]],
    ['from torch.utils.data import DataLoader\nDataLoader(ds, batch_size=8, shuffle=True)', [['torch', false, 2]]],
    ['from torch.utils.data import DataLoader\nDataLoader(ds, batch_size=8, shuffle=False)', []],
    ['from torch.utils.data import DataLoader\nDataLoader(ds, shuffle=True, generator=g)', []],
    ['from torch.utils.data import DataLoader\nDataLoader(ds, shuffle=True, generator=None)', [['torch', false, 2]]],
    ['import torch\ng = torch.Generator()\ntorch.randn(2, generator=g)', []],
    ['import torch\ntorch.seed()\ntorch.rand(1)', [['torch', false, 3]]],
    ['import torchvision\nm = torchvision.models.resnet18()', [['torch', false, 2]]],
    ['from torchvision import transforms as T\nt = T.RandomHorizontalFlip()', [['torch', false, 2]]],
    ['import timm\nm = timm.create_model("resnet50")', [['torch', false, 2]]],
    ['import lightning as L\nimport torch\nL.seed_everything(42)\ntorch.rand(1)', [['torch', true, 4]]],
    ['from pytorch_lightning import seed_everything\nimport torch\nseed_everything()\ntorch.rand(1)', [['torch', true, 4]]],
    [
      'from transformers import set_seed, AutoModelForSequenceClassification as M\nset_seed(0)\nm = M.from_pretrained("bert")',
      [['torch', true, 3]]
    ],
    ['from transformers import AutoModelForSequenceClassification as M\nm = M.from_pretrained("bert")', [['torch', false, 2]]],
    ['from transformers import AutoTokenizer\nt = AutoTokenizer.from_pretrained("bert")', []],
    // A base model from a checkpoint loads every weight it uses (an evaluation script); from a config it draws them all.
    ['from transformers import AutoModel\nm = AutoModel.from_pretrained("princeton-nlp/simcse")', []],
    ['from transformers import BertModel, BertConfig\nm = BertModel.from_config(BertConfig())', [['torch', false, 2]]],
    // transformers' Trainer seeds (args.seed, 42 by default) when it is built: draws before it are unseeded.
    [
      'from transformers import Trainer, AutoModelForSequenceClassification as M\nm = M.from_pretrained("x")\nt = Trainer(model=m)',
      [['torch', false, 2]]
    ],
    ['from transformers import Trainer\nimport torch\nt = Trainer(model=m)\ntorch.rand(1)', [['torch', true, 4]]],
    ['from accelerate.utils import set_seed\nimport torch\nset_seed(3)\ntorch.rand(1)', [['torch', true, 4]]],
    // CUDA-only seeding leaves the CPU generator unseeded.
    ['import torch\ntorch.cuda.manual_seed_all(0)\ntorch.rand(1)', [['torch', false, 3]]]
  ])('%j', (source, expected) => {
    expect(seedingsOf(source)).toEqual(expected);
  });
});

describe('TensorFlow / Keras', () => {
  test.each<[string, Array<[string, boolean, number]>]>([
    ['import tensorflow as tf\ntf.random.set_seed(1)\ntf.random.normal([2])', [['tensorflow', true, 3]]],
    ['import tensorflow as tf\ntf.random.normal([2])', [['tensorflow', false, 2]]],
    ['import tensorflow as tf\ntf.random.stateless_normal([2], seed=(1, 2))', []],
    // An op-level seed makes the op deterministic even without a global seed.
    ['import tensorflow as tf\ntf.random.normal([2], seed=1)', []],
    ['from tensorflow import keras\nkeras.layers.Dropout(0.5, seed=3)', []],
    ['import tensorflow as tf\ntf.keras.utils.image_dataset_from_directory("data")', [['tensorflow', false, 2]]],
    ['import tensorflow as tf\ntf.keras.utils.image_dataset_from_directory("data", seed=1)', []],
    ['from tensorflow import keras\nkeras.layers.Dense(3)', [['tensorflow', false, 2]]],
    ['from tensorflow.keras.layers import Dense, Flatten\nFlatten()\nDense(3)', [['tensorflow', false, 3]]],
    ['import tensorflow as tf\ntf.keras.utils.set_random_seed(0)\ntf.keras.layers.Dropout(0.5)', [['tensorflow', true, 3]]],
    [
      'import keras, random\nkeras.utils.set_random_seed(1)\nkeras.layers.Dense(3)\nrandom.random()',
      [['tensorflow', true, 3], ['python', true, 4]]
    ],
    ['import tensorflow as tf\ntf.compat.v1.set_random_seed(1)\ntf.compat.v1.random_normal([2])', [['tensorflow', true, 3]]]
  ])('%j', (source, expected) => {
    expect(seedingsOf(source)).toEqual(expected);
  });
});

describe('order of execution', () => {
  test.each<[string, Array<[string, boolean, number]>]>([
    // A project's own helper counts for what its body seeds.
    [
      'import random\nimport numpy as np\ndef set_seed(s):\n    random.seed(s)\n    np.random.seed(s)\nset_seed(0)\nnp.random.rand()\nrandom.random()',
      [['numpy', true, 7], ['python', true, 8]]
    ],
    // The helper seeds NumPy only.
    [
      'import random\nimport numpy as np\ndef set_seed(s):\n    np.random.seed(s)\nset_seed(0)\nrandom.random()',
      [['python', false, 6]]
    ],
    // A draw inside a function counts where the function is called.
    ['import numpy as np\ndef make():\n    return np.random.rand(3)\nnp.random.seed(0)\nx = make()', [['numpy', true, 3]]],
    ['import numpy as np\ndef make():\n    return np.random.rand(3)\nx = make()\nnp.random.seed(0)', [['numpy', false, 3]]],
    // A function nobody calls draws nothing.
    ['import numpy as np\ndef make():\n    return np.random.rand(3)', []],
    // Seeding inside main(), under the __main__ guard.
    [
      'import torch\ndef main():\n    torch.manual_seed(0)\n    model = torch.nn.Linear(2, 2)\nif __name__ == "__main__":\n    main()',
      [['torch', true, 4]]
    ],
    // A class's __init__ runs where the class is instantiated.
    [
      'import torch\nfrom torch import nn\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(2, 2)\ntorch.manual_seed(0)\nnet = Net()',
      [['torch', true, 6]]
    ],
    // A seeding method called through self.
    [
      'import numpy as np\nclass Exp:\n    def __init__(self):\n        self.seed_all()\n        self.x = np.random.rand()\n    def seed_all(self):\n        np.random.seed(1)\nExp()',
      [['numpy', true, 5]]
    ]
  ])('%j', (source, expected) => {
    expect(seedingsOf(source)).toEqual(expected);
  });
});

describe('frameworkSeedings details', () => {
  test('a seed set after the first draw is reported as the late seed', () => {
    const [seeding] = frameworkSeedings(
      callsInExecutionOrder(script('import numpy as np\nnp.random.rand()\nnp.random.seed(0)'))
    );
    expect(seeding.seededBeforeUse).toBe(false);
    expect(seeding.fixedSeed?.call.line).toBe(3);
    expect(seeding.unfixedSeed).toBeUndefined();
  });

  test('a seed from the clock is reported as unfixed', () => {
    const [seeding] = frameworkSeedings(
      callsInExecutionOrder(script('import numpy as np, time\nnp.random.seed(int(time.time()))\nnp.random.rand()'))
    );
    expect(seeding.unfixedSeed?.reached.call.line).toBe(2);
    expect(seeding.unfixedSeed?.value).toEqual({ kind: 'entropy', source: 'time.time' });
  });
});
