/**
 * Libraries research code imports most, by their import names. A repo file of one of these names that
 * only the resolver's guess finds (helper/pandas.py beside the notebooks) is a helper named after the
 * library, never the library itself.
 */
export const COMMON_LIBRARIES: ReadonlySet<string> = new Set([
  'numpy', 'scipy', 'pandas', 'matplotlib', 'seaborn', 'plotly', 'bokeh', 'altair', 'sklearn', 'skimage',
  'statsmodels', 'torch', 'torchvision', 'torchaudio', 'tensorflow', 'keras', 'jax', 'flax', 'optax', 'haiku',
  'transformers', 'datasets', 'tokenizers', 'huggingface_hub', 'xgboost', 'lightgbm', 'catboost', 'numba',
  'networkx', 'sympy', 'nltk', 'spacy', 'gensim', 'PIL', 'cv2', 'imageio', 'h5py', 'tables', 'pyarrow',
  'requests', 'tqdm', 'yaml', 'joblib', 'dill', 'click', 'jinja2', 'IPython', 'ipywidgets', 'wandb',
  'mlflow', 'tensorboard', 'pytorch_lightning', 'lightning', 'hydra', 'omegaconf', 'einops', 'timm',
  'dask', 'xarray', 'netCDF4', 'geopandas', 'shapely', 'gym', 'gymnasium', 'pytest'
]);
