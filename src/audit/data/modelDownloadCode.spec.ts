import { analyzePython } from '../python/analyze';
import { verifiedModelDownload, verifiedShellModelDownload } from './modelDownloadCode';

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

describe('verifiedShellModelDownload', () => {
  it('finds a model file fetched by a shell step and checked with a checksum tool', () => {
    // A vocoder's download script: the generator checkpoint, then its digest checked.
    const script = ['#!/bin/bash', 'mkdir -p ckpt', 'wget -O ckpt/g_02500000.pth https://example.org/vocoder/g_02500000.pth', 'echo "$SUM  ckpt/g_02500000.pth" | sha256sum -c'];
    expect(verifiedShellModelDownload(script)).toEqual({ line: 3, check: 'sha256sum' });
  });

  it('needs both a model URL and a checksum tool', () => {
    expect(verifiedShellModelDownload(['wget https://example.org/train.csv', 'md5sum train.csv'])).toBeUndefined();
    expect(verifiedShellModelDownload(['wget https://example.org/net.pth', '# sha256sum net.pth'])).toBeUndefined();
  });
});
