import { analyzePython } from '../python/analyze';
import { pythonVerifiedDownload, shellVerifiedDownload } from './downloads';

describe('pythonVerifiedDownload', () => {
  it('finds a download checked with hashlib', () => {
    const source = [
      'import hashlib',
      'from urllib.request import urlretrieve',
      'urlretrieve(URL, "data.zip")',
      'assert hashlib.sha256(open("data.zip", "rb").read()).hexdigest() == EXPECTED'
    ].join('\n');
    expect(pythonVerifiedDownload(analyzePython(source))).toEqual({ downloadLine: 3, checksumLine: 4 });
  });

  it('accepts a hash handed to the downloader, or a digest literal', () => {
    const pooch = 'import pooch\npooch.retrieve(url, known_hash="md5:abc")';
    expect(pythonVerifiedDownload(analyzePython(pooch))).toEqual({ downloadLine: 2, checksumLine: 2 });
    const literal = 'import requests\nr = requests.get(url)\nSHA = "' + 'a'.repeat(64) + '"';
    expect(pythonVerifiedDownload(analyzePython(literal))).toEqual({ downloadLine: 2, checksumLine: 3 });
  });

  it('finds nothing for an unverified download, or a hash without download', () => {
    expect(pythonVerifiedDownload(analyzePython('import requests\nrequests.get(url)'))).toBeUndefined();
    expect(pythonVerifiedDownload(analyzePython('import hashlib\nhashlib.md5(b"x")'))).toBeUndefined();
    expect(pythonVerifiedDownload(analyzePython('import requests\nrequests.get(url, hash=None)'))).toBeUndefined();
  });

  it('sees wget run through subprocess', () => {
    const source = 'import subprocess, hashlib\nsubprocess.run(["wget", URL])\nhashlib.sha256(b)';
    expect(pythonVerifiedDownload(analyzePython(source))).toEqual({ downloadLine: 2, checksumLine: 3 });
  });
});

describe('shellVerifiedDownload', () => {
  it('finds wget/curl followed by a checksum tool, not in comments', () => {
    expect(shellVerifiedDownload('#!/bin/sh\nwget -O d.zip $URL\necho "abc  d.zip" | sha256sum -c\n')).toEqual({
      downloadLine: 2,
      checksumLine: 3
    });
    expect(shellVerifiedDownload('curl -LO $URL\n# TODO sha256sum\n')).toBeUndefined();
  });
});
