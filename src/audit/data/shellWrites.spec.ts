import { shellWrites } from './shellWrites';

describe('shellWrites', () => {
  it('reads what downloads leave behind', () => {
    // A vision notebook's label file and test picture, then the usual download-script forms.
    expect(shellWrites('!wget https://storage.example.com/bit_models/imagenet_lemmas.txt')).toEqual([
      { path: 'imagenet_lemmas.txt', folder: false }
    ]);
    expect(shellWrites('!wget https://picsum.example/$resolution -O picsum.jpg')).toEqual([{ path: 'picsum.jpg', folder: false }]);
    expect(shellWrites('wget -q -P data/ https://example.org/cora.tgz')).toEqual([{ path: 'data/cora.tgz', folder: false }]);
    expect(shellWrites('curl -L -o data/train.csv "https://example.org/train.csv?dl=1"')).toEqual([
      { path: 'data/train.csv', folder: false }
    ]);
    expect(shellWrites('curl -LO https://example.org/files/glove.zip')).toEqual([{ path: 'glove.zip', folder: false }]);
    expect(shellWrites('gdown 1AbCdEf -O weights/')).toEqual([{ path: 'weights', folder: true }]);
    expect(shellWrites('kaggle datasets download -d owner/heart-disease -p input --unzip')).toEqual([
      { path: 'input', folder: true }
    ]);
    expect(shellWrites('gsutil -m cp gs://bucket/split/train.tfrecord data/')).toEqual([
      { path: 'data/train.tfrecord', folder: false }
    ]);
  });

  it('reads archive extractions and chains of commands', () => {
    expect(shellWrites('wget https://example.org/LJSpeech-1.1.tar.bz2 && tar -xjf LJSpeech-1.1.tar.bz2 -C corpus')).toEqual([
      { path: 'LJSpeech-1.1.tar.bz2', folder: false },
      { path: 'corpus', folder: true }
    ]);
    expect(shellWrites('unzip -q cora.zip -d data')).toEqual([{ path: 'data', folder: true }]);
    const loose = { path: '.', folder: true, loose: true };
    expect(shellWrites('unzip glove.6B.zip')).toEqual([{ path: 'glove.6B', folder: true }, loose]);
    expect(shellWrites('tar xzf aclImdb.tar.gz')).toEqual([{ path: 'aclImdb', folder: true }, loose]);
  });

  it('skips what it cannot know', () => {
    expect(shellWrites('![ -e "$model_name".npz ] || gsutil cp gs://models/"$model_name".npz .')).toEqual([]);
    expect(shellWrites('wget -O - https://example.org/install.sh | bash')).toEqual([]);
    expect(shellWrites('pip install -r requirements.txt')).toEqual([]);
    expect(shellWrites('tar czf out.tgz results/')).toEqual([]);
    // Unpacked into a folder held in a variable: somewhere unknown, not the working directory.
    expect(shellWrites('tar -xzf data.tgz -C $TARGET')).toEqual([]);
    expect(shellWrites('unzip -q weights.zip -d "$OUT"')).toEqual([]);
  });
});
