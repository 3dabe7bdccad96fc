/** The references behind the checklist's "why it matters" texts (see shared/CHECKLIST.md). */
import type { Source } from './report';

export const BINDER_PAPER: Source = {
  title: 'Forde et al., "Post-Training Evaluation with Binder" (Project Jupyter)',
  url: 'https://github.com/jupyter/repo2docker'
};
export const REPO2DOCKER_CONFIG: Source = {
  title: 'repo2docker: supported configuration files',
  url: 'https://repo2docker.readthedocs.io/en/latest/config_files.html'
};
export const PWC_CHECKLIST: Source = {
  title: 'Papers with Code, ML Code Completeness Checklist',
  url: 'https://github.com/paperswithcode/releasing-research-code'
};
export const PIMENTEL_2019: Source = {
  title: 'Pimentel et al., "A Large-scale Study about Quality and Reproducibility of Jupyter Notebooks" (MSR 2019)',
  url: 'https://doi.org/10.1109/MSR.2019.00077'
};
export const NEURIPS_CHECKLIST: Source = {
  title: 'NeurIPS paper checklist: experiments compute resources',
  url: 'https://neurips.cc/public/guides/PaperChecklist'
};
export const TATMAN_TALK: Source = {
  title: 'Tatman, "Reproducible Machine Learning" (talk, 2018)'
};
export const DRAMSCH_TALK: Source = {
  title: 'Dramsch, "Why and how make ML reproducible?" (talk)'
};
export const QUILT_TALK: Source = {
  title: 'Karve & Sah, "Reproducible machine learning" (Quilt talk)',
  url: 'https://github.com/quiltdata/reproducible-ml'
};
export const PAPERMILL_DOCS: Source = {
  title: 'papermill: parameterizing a notebook',
  url: 'https://papermill.readthedocs.io/en/latest/usage-parameterize.html'
};
export const PYTORCH_RANDOMNESS: Source = {
  title: 'PyTorch: Reproducibility (randomness notes)',
  url: 'https://pytorch.org/docs/stable/notes/randomness.html'
};
export const TF_DETERMINISM: Source = {
  title: 'TensorFlow: tf.config.experimental.enable_op_determinism',
  url: 'https://www.tensorflow.org/api_docs/python/tf/config/experimental/enable_op_determinism'
};
export const SKLEARN_RANDOMNESS: Source = {
  title: 'scikit-learn: Controlling randomness',
  url: 'https://scikit-learn.org/stable/common_pitfalls.html#controlling-randomness'
};
export const PEP_508: Source = {
  title: 'PEP 508: dependency specification for Python software packages',
  url: 'https://peps.python.org/pep-0508/'
};
export const GIT_LFS: Source = { title: 'Git LFS', url: 'https://git-lfs.com' };
export const DVC: Source = { title: 'DVC: data version control', url: 'https://dvc.org/doc' };
export const TURING_WAY_TESTING: Source = {
  title: 'The Turing Way: Code testing',
  url: 'https://book.the-turing-way.org/reproducible-research/testing'
};
export const KAPOOR_2023: Source = {
  title: 'Kapoor & Narayanan, "Leakage and the reproducibility crisis in machine-learning-based science" (Patterns, 2023)',
  url: 'https://doi.org/10.1016/j.patter.2023.100804'
};
export const YANG_2022: Source = {
  title: 'Yang, Brower-Sinning, Lewis & Kästner, "Data Leakage in Notebooks: Static Detection and Better Processes" (ASE 2022)',
  url: 'https://doi.org/10.1145/3551349.3556918'
};
