/**
 * Which distributions provide an import. Most packages are installed under the name they are
 * imported by (`numpy`); the ones below are not (`import sklearn` needs `scikit-learn`), or come in
 * several builds any of which will do (`opencv-python-headless` provides `cv2` too).
 * Names on the right are PEP 503 normalised, PyPI and conda ones together.
 */
import { COMMON_LIBRARIES } from './commonLibraries';
import { normalizeName } from './normalizeName';

const PROVIDERS: Record<string, string[]> = {
  // Machine learning and scientific stack
  sklearn: ['scikit-learn', 'sklearn'],
  skimage: ['scikit-image'],
  skopt: ['scikit-optimize'],
  imblearn: ['imbalanced-learn'],
  cv2: ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless', 'opencv', 'py-opencv', 'libopencv'],
  PIL: ['pillow', 'pillow-simd', 'pil'],
  torch: ['torch', 'pytorch', 'pytorch-cpu', 'pytorch-gpu', 'torch-cpu'],
  tensorflow: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tensorflow-intel', 'intel-tensorflow', 'tf-nightly', 'tensorflow-aarch64'],
  keras: ['keras', 'tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tf-nightly'],
  tensorboard: ['tensorboard', 'tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tb-nightly'],
  tf_keras: ['tf-keras'],
  tensorflow_serving: ['tensorflow-serving-api', 'tensorflow-serving-api-gpu'],
  jax: ['jax', 'jaxlib'],
  xgboost: ['xgboost', 'py-xgboost', 'py-xgboost-cpu', 'py-xgboost-gpu', 'xgboost-cpu'],
  lightgbm: ['lightgbm', 'lightgbm-cpu'],
  pytorch_lightning: ['pytorch-lightning', 'lightning'],
  lightning: ['lightning', 'pytorch-lightning'],
  matplotlib: ['matplotlib', 'matplotlib-base'],
  mpl_toolkits: ['matplotlib', 'matplotlib-base', 'basemap'],
  pylab: ['matplotlib', 'matplotlib-base'],
  umap: ['umap-learn'],
  hdbscan: ['hdbscan'],
  Bio: ['biopython'],
  igraph: ['igraph', 'python-igraph'],
  sentencepiece: ['sentencepiece'],
  faiss: ['faiss-cpu', 'faiss-gpu', 'faiss'],
  gym: ['gym'],
  pymc: ['pymc'],
  pymc3: ['pymc3'],
  statsmodels: ['statsmodels'],
  osgeo: ['gdal'],
  Levenshtein: ['python-levenshtein', 'levenshtein'],
  fitz: ['pymupdf'],
  magic: ['python-magic', 'python-magic-bin'],
  // Data formats and I/O
  yaml: ['pyyaml', 'ruamel-yaml'],
  ruamel: ['ruamel-yaml'],
  bs4: ['beautifulsoup4', 'bs4'],
  lxml: ['lxml'],
  docx: ['python-docx'],
  pptx: ['python-pptx'],
  openpyxl: ['openpyxl'],
  tables: ['tables', 'pytables'],
  h5py: ['h5py'],
  netCDF4: ['netcdf4'],
  pyarrow: ['pyarrow', 'arrow'],
  snappy: ['python-snappy'],
  zmq: ['pyzmq'],
  serial: ['pyserial'],
  usb: ['pyusb'],
  Crypto: ['pycryptodome', 'pycrypto'],
  Cryptodome: ['pycryptodomex'],
  OpenSSL: ['pyopenssl'],
  jwt: ['pyjwt'],
  nacl: ['pynacl'],
  dateutil: ['python-dateutil'],
  dotenv: ['python-dotenv'],
  jose: ['python-jose'],
  multipart: ['python-multipart'],
  slugify: ['python-slugify'],
  socketio: ['python-socketio'],
  engineio: ['python-engineio'],
  telegram: ['python-telegram-bot'],
  pythonjsonlogger: ['python-json-logger'],
  json_logging: ['json-logging'],
  attr: ['attrs'],
  attrs: ['attrs'],
  git: ['gitpython'],
  github: ['pygithub'],
  gitlab: ['python-gitlab'],
  psycopg2: ['psycopg2', 'psycopg2-binary'],
  MySQLdb: ['mysqlclient'],
  mysql: ['mysql-connector-python'],
  pymysql: ['pymysql'],
  sqlalchemy: ['sqlalchemy'],
  // IPython extensions loaded by `%load_ext` (extensionImports.ts): `sql` is ipython-sql's module, or jupysql's.
  sql: ['ipython-sql', 'jupysql'],
  redis: ['redis'],
  pymongo: ['pymongo'],
  bson: ['pymongo'],
  kafka: ['kafka-python'],
  google_auth_oauthlib: ['google-auth-oauthlib'],
  googleapiclient: ['google-api-python-client'],
  'google.protobuf': ['protobuf'],
  'google.auth': ['google-auth'],
  'google.oauth2': ['google-auth'],
  'google.genai': ['google-genai'],
  'google.generativeai': ['google-generativeai'],
  grpc: ['grpcio'],
  boto: ['boto'],
  botocore: ['botocore', 'boto3'],
  'azure.storage.blob': ['azure-storage-blob'],
  'azure.identity': ['azure-identity'],
  // Web, CLI and tooling
  flask_cors: ['flask-cors'],
  flask_sqlalchemy: ['flask-sqlalchemy'],
  rest_framework: ['djangorestframework'],
  jinja2: ['jinja2'],
  markdown: ['markdown'],
  pkg_resources: ['setuptools'],
  setuptools: ['setuptools'],
  tqdm: ['tqdm'],
  wx: ['wxpython'],
  gi: ['pygobject'],
  win32api: ['pywin32'],
  win32com: ['pywin32'],
  pythoncom: ['pywin32'],
  Xlib: ['python-xlib'],
  apt: ['python-apt'],
  ldap: ['python-ldap'],
  sklearn_crfsuite: ['sklearn-crfsuite'],
  taming: ['taming-transformers'],
  imwatermark: ['invisible-watermark'],
  clip: ['clip', 'openai-clip', 'clip-anytorch'],
  detectron2: ['detectron2'],
  mmcv: ['mmcv', 'mmcv-full', 'mmcv-lite'],
  pytorch3d: ['pytorch3d'],
  dgl: ['dgl', 'dgl-cu118', 'dgl-cu121'],
  torch_geometric: ['torch-geometric', 'pyg'],
  cupy: ['cupy', 'cupy-cuda11x', 'cupy-cuda12x'],
  jaxlib: ['jaxlib', 'jax'],
  transformers: ['transformers'],
  huggingface_hub: ['huggingface-hub'],
  // Research code: names that differ from the module and that no name rule below derives
  pyro: ['pyro-ppl'],
  skbio: ['scikit-bio'],
  sksurv: ['scikit-survival'],
  skmultilearn: ['scikit-multilearn'],
  skvideo: ['scikit-video'],
  scikitplot: ['scikit-plot'],
  pywt: ['pywavelets'],
  ot: ['pot'],
  community: ['python-louvain'],
  tree: ['dm-tree'],
  haiku: ['dm-haiku'],
  sonnet: ['dm-sonnet'],
  acme: ['dm-acme'],
  reverb: ['dm-reverb'],
  kerastuner: ['keras-tuner'],
  rdkit: ['rdkit', 'rdkit-pypi'],
  paddle: ['paddlepaddle', 'paddlepaddle-gpu'],
  mxnet: ['mxnet', 'mxnet-cu112', 'mxnet-mkl'],
  websocket: ['websocket-client'],
  pdfminer: ['pdfminer-six', 'pdfminer'],
  OpenGL: ['pyopengl'],
  cairo: ['pycairo'],
  jpype: ['jpype1'],
  retro: ['gym-retro'],
  pyximport: ['cython'],
  Cython: ['cython'],
  past: ['future'],
  libfuture: ['future'],
  stan: ['pystan'],
  distributed: ['distributed', 'dask'],
  soundfile: ['soundfile', 'pysoundfile'],
  memory_profiler: ['memory-profiler'],
  tensorflow_probability: ['tensorflow-probability', 'tfp-nightly'],
  // Jupyter: the `jupyter` meta-package brings these along.
  ipywidgets: ['ipywidgets', 'jupyter', 'jupyterlab-widgets', 'widgetsnbextension'],
  notebook: ['notebook', 'jupyter'],
  nbformat: ['nbformat', 'jupyter', 'notebook', 'nbconvert', 'jupyterlab'],
  nbconvert: ['nbconvert', 'jupyter', 'notebook', 'jupyterlab'],
  jupyterlab: ['jupyterlab', 'jupyter'],
  qtconsole: ['qtconsole', 'jupyter'],
  jupyter_console: ['jupyter-console', 'jupyter']
};

/**
 * Imports every Jupyter kernel and every Python environment already has, so a repo need not
 * declare them (repo2docker installs them with Jupyter): IPython, ipykernel and what they import.
 */
const ALWAYS_PRESENT = new Set([
  'IPython',
  'ipykernel',
  'traitlets',
  'jupyter_client',
  'jupyter_core',
  'comm',
  'pip',
  'setuptools',
  'pkg_resources',
  '_distutils_hack',
  // Only inside Google Colab: not installable anywhere else, so not a dependency to declare.
  'google.colab'
]);

/** Namespace packages whose distributions are named after the dotted path. */
const NAMESPACES = new Set(['google', 'azure', 'zope', 'jaraco', 'sphinxcontrib', 'backports']);

/**
 * Python 2's standard library: seen in `try: import urllib2 / except ImportError:` fallbacks of
 * code that runs on both, never a package to install.
 */
const PYTHON2_STDLIB = new Set([
  'urllib2', 'urlparse', 'httplib', 'cPickle', 'cStringIO', 'StringIO', 'ConfigParser', 'Queue', 'HTMLParser',
  'htmlentitydefs', 'cookielib', 'Cookie', 'SocketServer', 'SimpleHTTPServer', 'BaseHTTPServer', 'xmlrpclib',
  'thread', 'commands', '__builtin__', 'Tkinter', 'tkMessageBox', 'tkFileDialog', 'copy_reg', 'UserDict',
  'UserList', 'UserString', 'anydbm', 'dbhash', 'whichdb', 'dumbdbm', 'md5', 'sha', 'sets', 'exceptions',
  'robotparser', 'repr', 'markupbase', 'future_builtins', 'tkSimpleDialog', 'tkFont', 'tkColorChooser',
  'tkCommonDialog', 'ttk', 'Tix', 'ScrolledText', 'Dialog', 'FileDialog', 'dummy_thread', 'dircache', 'statvfs',
  'mutex', 'fpformat', 'compiler', 'hotshot', 'htmllib', 'sgmllib', 'mimetools', 'rfc822', 'popen2', 'new',
  'SimpleXMLRPCServer', 'DocXMLRPCServer', 'CGIHTTPServer', 'MimeWriter', 'mimify', 'multifile', 'imputil',
  'Bastion', 'rexec', 'gdbm', 'dl', 'string_escape'
]);

function prefixes(module: string): string[] {
  const parts = module.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/**
 * Backports of Python 3's standard library to Python 2 (`funcsigs` is inspect.signature): code that
 * runs on Python 3 reaches them only in an `except ImportError:` fallback.
 */
const STDLIB_BACKPORTS = new Set(['funcsigs', 'pathlib2', 'subprocess32', 'singledispatch', 'contextlib2', 'trollius', 'backports']);

/** Modules protoc generates from a `.proto` file (`person_pb2`, `service_pb2_grpc`): code, never a package. */
const PROTOC_OUTPUT = /_pb2(_grpc)?$/;

/**
 * True when no dependency file needs to name the import: it comes with any Jupyter environment
 * (IPython, ipykernel...), it is Python 2's standard library or a backport of Python 3's to it, or
 * protoc generates it.
 */
export function needsNoDeclaration(module: string): boolean {
  const top = module.split('.')[0];
  return (
    prefixes(module).some(p => ALWAYS_PRESENT.has(p)) ||
    PYTHON2_STDLIB.has(top) ||
    STDLIB_BACKPORTS.has(top) ||
    PROTOC_OUTPUT.test(top)
  );
}

/**
 * Affixes that distributions add to the name their module is imported by: a core or build variant
 * (`flowserv-core`, `tensorflow-gpu`, `onnxruntime-gpu`, `mxnet-cu112`), a language tag (`llama-cpp-python`,
 * `absl-py`, `python-louvain`), a conda prefix (`py-xgboost`). PEP 503 normalised names.
 */
const DISTRIBUTION_PREFIX = /^(python|py)-/;
const DISTRIBUTION_SUFFIX =
  /-(core|python|py|gpu|cpu|cuda|cuda\d+x?|cu\d+|headless|binary|nightly|base|lite|full|mkl|bin|pypi|ppl|client)$/;

/** The module names a distribution's own name suggests: itself, and itself without each affix. */
export function moduleNamesOfDistribution(distribution: string): string[] {
  const names = [distribution];
  for (let name = distribution, next = ''; ; name = next) {
    next = name.replace(DISTRIBUTION_SUFFIX, '').replace(DISTRIBUTION_PREFIX, '');
    if (next === name || !next) {
      break;
    }
    names.push(next);
  }
  return names;
}

/**
 * Whether one of the declared (normalised) distributions provides `module` (dotted; `from m import n`
 * passes `m.n`, which a namespace distribution may be named after): the mapping's distributions for
 * it, a distribution named after it or after one of its dotted prefixes (`ruamel-yaml`,
 * `google-cloud-storage`) up to the affixes above, and for a namespace (`google.cloud`) any distribution
 * inside it (`google-cloud-storage` provides `google.cloud`). What a distribution merely installs along
 * (pandas brings python-dateutil) is not provided: code importing it directly should declare it.
 */
export function isProvided(module: string, declared: ReadonlySet<string>): boolean {
  if (distributionsFor(module).some(d => declared.has(d))) {
    return true;
  }
  // A bare namespace (`google`, `azure`) is no distribution's module: `azure-core` does not provide `azure.storage`.
  const wanted = new Set(prefixes(module).filter(p => !NAMESPACES.has(p)).map(normalizeName));
  // The namespace itself (`import google.cloud`): any distribution inside it; a member needs its own.
  const namespaces = module.includes('.') ? [normalizeName(module) + '-'] : [];
  for (const name of declared) {
    const names = moduleNamesOfDistribution(name);
    if (names.some(n => wanted.has(n)) || namespaces.some(ns => name.startsWith(ns))) {
      return true;
    }
  }
  return false;
}

/**
 * The distributions, any of which provides `module` (a dotted import such as 'google.protobuf'):
 * the mapping's entry for the longest matching prefix, or else the top-level name itself.
 * For namespace packages (`google.cloud.storage`), the dashed dotted name is tried too.
 */
export function distributionsFor(module: string): string[] {
  for (const prefix of prefixes(module)) {
    const known = PROVIDERS[prefix];
    if (known) {
      return known;
    }
  }
  const parts = module.split('.');
  if (parts.length > 1 && NAMESPACES.has(parts[0])) {
    // google.cloud.storage is google-cloud-storage (suggested first); the bare namespace is no distribution.
    return parts.slice(1).map((_, i) => normalizeName(parts.slice(0, i + 2).join('-'))).reverse();
  }
  return [normalizeName(parts[0])];
}

/**
 * Whether the import is a library this file knows (the mapping, or commonLibraries.ts), so that a repo
 * file of the same name found only by guessing is a helper named after it.
 */
export function isKnownImport(module: string): boolean {
  return prefixes(module).some(p => PROVIDERS[p] !== undefined) || COMMON_LIBRARIES.has(module.split('.')[0]);
}

/**
 * The module to look a `from m import n` up by: `m.n` when m is a namespace package (`from google.cloud
 * import storage` needs google-cloud-storage), else m.
 */
export function importedModule(module: string, name?: string): string {
  return name && name !== '*' && NAMESPACES.has(module.split('.')[0]) ? `${module}.${name}` : module;
}

/** The name an import is reported under: the top-level name, or the mapped dotted prefix. */
export function importKey(module: string): string {
  const parts = module.split('.');
  const known = prefixes(module).find(p => PROVIDERS[p]);
  if (known) {
    return known;
  }
  return parts.length > 1 && NAMESPACES.has(parts[0]) ? parts.slice(0, 3).join('.') : parts[0];
}

/** Number of import names with a known distribution, for tests and docs. */
export const KNOWN_IMPORT_NAMES = Object.keys(PROVIDERS).length;
