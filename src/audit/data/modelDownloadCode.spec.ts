import { analyzePython } from '../python/analyze';
import { verifiedModelDownload } from './modelDownloadCode';

const verify = (lines: string[]) => verifiedModelDownload(analyzePython(lines.join('\n')));

describe('verifiedModelDownload', () => {
  it('finds a table of model URLs carrying their SHA-256, fetched and checked with hashlib', () => {
    // The shape of a speech-model package: each URL holds the file's digest, checked after the fetch.
    const digest = 'c0ffee'.repeat(10) + 'abcd';
    const found = verify([
      'import hashlib',
      'import urllib.request',
      'CHECKPOINTS = {',
      `    "small": "https://models.example.org/asr/${digest}/small.pt",`,
      '}',
      'def fetch(name, target):',
      '    url = CHECKPOINTS[name]',
      '    expected = url.split("/")[-2]',
      '    with urllib.request.urlopen(url) as source:',
      '        payload = source.read()',
      '    if hashlib.sha256(payload).hexdigest() != expected:',
      '        raise RuntimeError("checksum mismatch")'
    ]);
    expect(found).toEqual({ line: 4, check: 'hashlib.sha256' });
  });

  it("accepts torch.hub's check_hash=True and a hash_prefix handed to the downloader", () => {
    expect(
      verify([
        'import torch',
        "URL = 'https://example.org/releases/resnet-3f1c2b7a.pth'",
        'state = torch.hub.load_state_dict_from_url(URL, check_hash=True)'
      ])
    ).toEqual({ line: 3, check: 'check_hash=True' });
    expect(
      verify([
        'from torch.hub import download_url_to_file',
        "download_url_to_file('https://example.org/w/net.pth', 'net.pth', hash_prefix='3f1c2b7a')"
      ])
    ).toEqual({ line: 2, check: 'hash_prefix=' });
  });

  it('finds nothing for an unchecked model download, or a checked download of data', () => {
    expect(verify(['import torch', 'torch.hub.load_state_dict_from_url(URL, check_hash=False)'])).toBeUndefined();
    expect(
      verify(['import hashlib, urllib.request', "urllib.request.urlretrieve('https://example.org/train.csv', 'train.csv')", 'hashlib.md5(b)'])
    ).toBeUndefined();
  });
});
