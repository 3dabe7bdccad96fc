/**
 * Calls that fetch a published dataset through a library, which versions and usually verifies it:
 * torchvision/torchaudio/torchtext datasets with `download=True`, tensorflow_datasets, Keras's
 * bundled datasets, scikit-learn's fetchers and loaders, Hugging Face `load_dataset`, fastai's
 * `untar_data`. The repo has data then, though it commits none.
 */
import type { PyCall } from '../python/types';

const LOADERS: RegExp[] = [
  /^tensorflow_datasets\.(load|builder|data_source)$/,
  /^(tensorflow\.)?keras\.datasets\.\w+\.load_data$/,
  /^sklearn\.datasets\.(fetch|load)_\w+$/,
  /^datasets\.load_dataset$/,
  /^fastai(\.\w+)*\.untar_data$/,
  /^openml\.datasets\.get_dataset$/
];

/** The loader's name as written, when the call fetches a published dataset. */
export function datasetLoaderOf(call: PyCall): string | undefined {
  if (call.keywords.download === 'True') {
    return call.text;
  }
  const qualified = call.qualified;
  return qualified !== undefined && LOADERS.some(r => r.test(qualified)) ? call.text : undefined;
}
