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

  it('finds a checkpoint helper fetching links of a table and asserting their MD5 from another table', () => {
    // The shape of a diffusion model's checkpoint utility: share links without file names.
    const found = verify([
      'import os, hashlib',
      'import requests',
      'URL_MAP = {"cifar10": "https://share.example.org/f/8699/?dl=1"}',
      'MD5_MAP = {"cifar10": "' + 'ab12'.repeat(8) + '"}',
      'def fetch(url, local_path):',
      '    with requests.get(url, stream=True) as r:',
      '        open(local_path, "wb").write(r.content)',
      'def get_ckpt_path(name, root):',
      '    path = os.path.join(root, name + ".ckpt")',
      '    fetch(URL_MAP[name], path)',
      '    assert hashlib.md5(open(path, "rb").read()).hexdigest() == MD5_MAP[name]',
      '    return path'
    ]);
    expect(found).toEqual({ line: 6, check: 'hashlib.md5' });
  });

  it("finds no trained model where the helper's only model file is a loss's network (LPIPS's VGG)", () => {
    // An image-synthesis repo: its perceptual loss fetches and checks VGG weights; its own checkpoints are links in the README.
    const found = verify([
      'import os, hashlib',
      'import requests',
      'URL_MAP = {"vgg_lpips": "https://share.example.org/f/6075/?dl=1"}',
      'CKPT_MAP = {"vgg_lpips": "vgg.pth"}',
      'MD5_MAP = {"vgg_lpips": "' + 'd507'.repeat(8) + '"}',
      'def download(url, local_path):',
      '    with requests.get(url, stream=True) as r:',
      '        open(local_path, "wb").write(r.content)',
      'def get_ckpt_path(name, root):',
      '    path = os.path.join(root, CKPT_MAP[name])',
      '    download(URL_MAP[name], path)',
      '    assert hashlib.md5(open(path, "rb").read()).hexdigest() == MD5_MAP[name]',
      '    return path'
    ]);
    expect(found).toBeUndefined();
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
