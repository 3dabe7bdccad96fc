import { findModelDownloads } from './modelDownload';

describe('findModelDownloads', () => {
  it('finds a link to a model file with a checksum nearby', () => {
    const lines = [
      '## Pretrained model',
      'Download [weights](https://example.org/files/resnet50.pth?dl=1).',
      '',
      'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
    ];
    expect(findModelDownloads(lines)).toEqual([
      { line: 2, url: 'https://example.org/files/resnet50.pth?dl=1', checksumLine: 4 }
    ]);
  });

  it('finds hub links only when the text speaks of a model', () => {
    const lines = [
      'The trained checkpoints are on https://zenodo.org/record/123',
      '',
      '',
      '',
      '',
      'Data: https://zenodo.org/record/456'
    ];
    expect(findModelDownloads(lines)).toEqual([{ line: 1, url: 'https://zenodo.org/record/123', checksumLine: undefined }]);
  });

  it('accepts a sha256sum step, and ignores hex inside URLs', () => {
    const lines = ['wget https://github.com/o/r/releases/download/v1/model.onnx', 'sha256sum -c model.sha256'];
    expect(findModelDownloads(lines)[0].checksumLine).toBe(2);
    const inUrl = ['https://example.org/9f86d081884c7d659a2feaa0c55ad015/model.pt'];
    expect(findModelDownloads(inUrl)[0].checksumLine).toBeUndefined();
  });

  it('accepts a named checksum beside short digests, as in a table row', () => {
    const lines = [
      '<tr><td>checkpoint</td><td><a href="https://dl.example.com/mae/vit_base.pth">download</a></td></tr>',
      '<tr><td align="left">md5</td>',
      '<td><tt>8cad7c</tt></td></tr>'
    ];
    expect(findModelDownloads(lines)).toEqual([{ line: 1, url: 'https://dl.example.com/mae/vit_base.pth', checksumLine: 2 }]);
  });

  it('ignores links to other things', () => {
    expect(findModelDownloads(['See https://example.org/paper.pdf and https://github.com/o/r'])).toEqual([]);
  });
});
