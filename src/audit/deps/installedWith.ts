/**
 * Modules that a distribution installs along with itself: its own hard requirements, stable across
 * many releases (pandas has required numpy, python-dateutil and pytz for over ten years). Code that
 * imports `dateutil` next to a declared pandas runs in any environment built from the file, so the
 * import is not an omission. Keys are PEP 503 names (PyPI and conda), values top-level import names.
 */
const INSTALLED_WITH: Record<string, readonly string[]> = {
  pandas: ['numpy', 'dateutil', 'pytz'],
  matplotlib: ['numpy', 'dateutil', 'PIL', 'pyparsing', 'cycler', 'kiwisolver', 'packaging'],
  seaborn: ['numpy', 'pandas', 'matplotlib'],
  scipy: ['numpy'],
  'scikit-learn': ['numpy', 'scipy', 'joblib', 'threadpoolctl'],
  'scikit-image': ['numpy', 'scipy', 'networkx', 'PIL', 'imageio', 'tifffile'],
  statsmodels: ['numpy', 'scipy', 'pandas', 'patsy'],
  xgboost: ['numpy', 'scipy'],
  lightgbm: ['numpy', 'scipy'],
  numba: ['numpy', 'llvmlite'],
  torch: ['typing_extensions', 'sympy', 'networkx', 'jinja2', 'filelock', 'fsspec'],
  pytorch: ['typing_extensions', 'sympy', 'networkx', 'jinja2', 'filelock', 'fsspec'],
  torchvision: ['torch', 'numpy', 'PIL'],
  tensorflow: ['numpy', 'absl', 'h5py', 'keras', 'tensorboard', 'six', 'termcolor', 'wrapt', 'grpc', 'opt_einsum', 'gast'],
  keras: ['numpy', 'h5py', 'absl'],
  jax: ['numpy', 'scipy', 'ml_dtypes', 'opt_einsum'],
  flax: ['jax', 'numpy', 'optax', 'msgpack'],
  transformers: ['huggingface_hub', 'tokenizers', 'safetensors', 'requests', 'tqdm', 'yaml', 'regex', 'numpy', 'packaging', 'filelock'],
  datasets: ['numpy', 'pyarrow', 'pandas', 'requests', 'tqdm', 'huggingface_hub', 'fsspec', 'dill', 'yaml'],
  requests: ['urllib3', 'certifi', 'idna'],
  nltk: ['click', 'joblib', 'regex', 'tqdm'],
  gensim: ['numpy', 'scipy', 'smart_open'],
  tfx: ['tensorflow_transform', 'tensorflow_data_validation', 'tensorflow_model_analysis', 'apache_beam', 'ml_metadata'],
  jupyter: ['notebook', 'ipywidgets', 'nbconvert', 'nbformat', 'jupyterlab', 'qtconsole', 'jupyter_console', 'tornado', 'jinja2', 'zmq'],
  notebook: ['tornado', 'jinja2', 'nbformat', 'nbconvert', 'zmq'],
  jupyterlab: ['tornado', 'jinja2', 'nbformat', 'zmq']
};

/** Whether a declared (normalised, affixes such as `-gpu` taken off) distribution installs the top-level module `top` along with itself. */
export function installsAlong(distribution: string, top: string): boolean {
  return INSTALLED_WITH[distribution]?.includes(top) ?? false;
}

/** Every import name the table above mentions, as installed along or as the distribution itself. */
export const COMMON_IMPORTS: ReadonlySet<string> = new Set([
  ...Object.keys(INSTALLED_WITH).filter(name => !name.includes('-')),
  ...Object.values(INSTALLED_WITH).flat()
]);
