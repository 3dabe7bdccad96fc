import { distributionsFor, importKey, needsNoDeclaration, KNOWN_IMPORT_NAMES } from './importNames';

describe('distributionsFor', () => {
  it.each([
    ['sklearn.model_selection', 'scikit-learn'],
    ['cv2', 'opencv-python'],
    ['PIL.Image', 'pillow'],
    ['yaml', 'pyyaml'],
    ['bs4', 'beautifulsoup4'],
    ['skimage.io', 'scikit-image'],
    ['Bio.Seq', 'biopython'],
    ['dateutil.parser', 'python-dateutil'],
    ['dotenv', 'python-dotenv'],
    ['jwt', 'pyjwt'],
    ['google.protobuf.message', 'protobuf'],
    ['attr', 'attrs'],
    ['torch.nn', 'torch'],
    ['numpy.random', 'numpy'],
    ['My_Package.sub', 'my-package'],
    ['google.cloud.storage', 'google-cloud']
  ])('%s -> %s first', (module, dist) => {
    expect(distributionsFor(module)[0]).toBe(dist);
  });

  it('accepts alias families', () => {
    expect(distributionsFor('cv2')).toEqual(expect.arrayContaining(['opencv-python-headless', 'opencv-contrib-python']));
    expect(distributionsFor('tensorflow')).toEqual(expect.arrayContaining(['tensorflow-cpu', 'tensorflow-gpu']));
    expect(distributionsFor('torch')).toContain('pytorch');
    expect(distributionsFor('keras')).toContain('tensorflow');
    expect(distributionsFor('ipywidgets')).toContain('jupyter');
    expect(distributionsFor('google.cloud.storage')).toEqual(['google-cloud', 'google-cloud-storage']);
  });

  it('knows 60+ import names', () => {
    expect(KNOWN_IMPORT_NAMES).toBeGreaterThanOrEqual(60);
  });
});

describe('importKey and needsNoDeclaration', () => {
  it.each([
    ['numpy.random', 'numpy'],
    ['google.protobuf.message', 'google.protobuf'],
    ['google.cloud.storage.blob', 'google.cloud.storage'],
    ['sklearn.svm', 'sklearn']
  ])('%s is reported as %s', (module, key) => {
    expect(importKey(module)).toBe(key);
  });

  it.each([
    ['IPython.display', true],
    ['ipykernel', true],
    ['google.colab.drive', true],
    ['pkg_resources', true],
    ['ipywidgets', false],
    ['google', false],
    ['urllib2', true],
    ['cPickle', true]
  ])('%s needs no declaration: %s', (module, present) => {
    expect(needsNoDeclaration(module)).toBe(present);
  });
});
