import { distributionsFor, importedModule, importKey, isProvided, needsNoDeclaration, KNOWN_IMPORT_NAMES } from './importNames';
import { normalizeName } from './normalizeName';

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
    ['google.cloud.storage', 'google-cloud-storage']
  ])('%s -> %s first', (module, dist) => {
    expect(distributionsFor(module)[0]).toBe(dist);
  });

  it('accepts alias families', () => {
    expect(distributionsFor('cv2')).toEqual(expect.arrayContaining(['opencv-python-headless', 'opencv-contrib-python']));
    expect(distributionsFor('tensorflow')).toEqual(expect.arrayContaining(['tensorflow-cpu', 'tensorflow-gpu']));
    expect(distributionsFor('torch')).toContain('pytorch');
    expect(distributionsFor('keras')).toContain('tensorflow');
    expect(distributionsFor('ipywidgets')).toContain('jupyter');
    expect(distributionsFor('google.cloud.storage')).toEqual(['google-cloud-storage', 'google-cloud']);
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
    ['cPickle', true],
    ['Queue', true],
    ['ConfigParser', true],
    ['tkFont', true],
    ['queue', false],
    ['person_pb2', true],
    ['route_guide_pb2_grpc', true],
    ['pb2', false],
    ['funcsigs', true],
    ['backports.functools_lru_cache', true]
  ])('%s needs no declaration: %s', (module, present) => {
    expect(needsNoDeclaration(module)).toBe(present);
  });
});

describe('isProvided: distributions named otherwise than their module', () => {
  const provided = (module: string, ...declared: string[]): boolean =>
    isProvided(module, new Set(declared.map(normalizeName)));

  // Declared names as research repos write them, each with the import its code makes.
  it.each<[string, string]>([
    ['flowserv', 'flowserv-core'],
    ['hydra', 'hydra-core'],
    ['tensorflow', 'tensorflow-gpu'],
    ['onnxruntime', 'onnxruntime-gpu'],
    ['mxnet', 'mxnet-cu101'],
    ['llama_cpp', 'llama-cpp-python'],
    ['absl.flags', 'absl-py'],
    ['xgboost', 'py-xgboost'],
    ['louvain', 'python-louvain'],
    ['community', 'python-louvain'],
    ['haiku', 'dm-haiku'],
    ['pyro.infer', 'pyro-ppl'],
    ['ruamel.yaml', 'ruamel.yaml'],
    ['google.cloud.storage', 'google-cloud-storage'],
    ['google.cloud', 'google-cloud-storage'],
    ['zope.interface', 'zope.interface'],
    ['torch', 'pytorch'],
    ['cv2', 'opencv-python'],
    ['PIL', 'Pillow'],
    ['bs4', 'beautifulsoup4'],
    ['yaml', 'PyYAML'],
    ['sklearn', 'scikit-learn'],
    ['My_Module', 'my.module'],
    ['keras', 'tensorflow-cpu']
  ])('%s is provided by %s', (module, distribution) => {
    expect(provided(module, distribution)).toBe(true);
  });

  it.each<[string, string]>([
    ['flask', 'flask-cors'],
    ['torchvision', 'torch'],
    ['azure.storage.blob', 'azure-core'],
    ['google.cloud.bigquery', 'google-auth'],
    ['tensorflow', 'tensorflow-datasets'],
    ['numpy', 'torch']
  ])('%s is not provided by %s', (module, distribution) => {
    expect(provided(module, distribution)).toBe(false);
  });

  it('takes `from google.cloud import storage` by the namespace member', () => {
    expect(importedModule('google.cloud', 'storage')).toBe('google.cloud.storage');
    expect(importedModule('torch', 'nn')).toBe('torch');
    expect(provided(importedModule('google.cloud', 'bigquery'), 'google-cloud-storage')).toBe(false);
  });
});
