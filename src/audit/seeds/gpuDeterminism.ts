/**
 * Code that runs PyTorch or TensorFlow on a GPU with nothing switching determinism on: cuDNN and cuBLAS pick
 * non-deterministic kernels by default, so seeded code still gives different results run to run (PyTorch's
 * "Reproducibility" notes; TensorFlow's enable_op_determinism docs). Advice (CHECKLIST.md's seeds row is
 * about seeding): the seed fix writes the switches.
 */
import type { PythonUnit } from '../python/units';
import type { Finding } from '../report';
import { SEEDS_FIX } from './assess';

type GpuFramework = 'PyTorch' | 'TensorFlow';

/** Calls that switch determinism on, by qualified name. */
const SWITCH_CALLS = new Set([
  'torch.use_deterministic_algorithms',
  'torch.set_deterministic',
  'tensorflow.config.experimental.enable_op_determinism',
  'tensorflow.config.enable_op_determinism',
  'transformers.enable_full_determinism',
  'transformers.trainer_utils.enable_full_determinism'
]);

/** Environment variables that switch determinism on (set in code, a string names them). */
const SWITCH_VARIABLES = new Set(['CUBLAS_WORKSPACE_CONFIG', 'TF_DETERMINISTIC_OPS', 'TF_CUDNN_DETERMINISTIC']);

function hasSwitch(unit: PythonUnit): boolean {
  const { calls, assignments, strings } = unit.analysis;
  return (
    calls.some(c => (c.qualified && SWITCH_CALLS.has(c.qualified)) || (/(^|\.)Trainer$/.test(c.text) && c.keywords.deterministic === 'True')) ||
    assignments.some(
      a =>
        (/(^|\.)cudnn\.deterministic$/.test(a.qualified ?? a.target) && a.value.trim() === 'True') ||
        (/(^|\.)cudnn\.benchmark$/.test(a.qualified ?? a.target) && a.value.trim() === 'False')
    ) ||
    strings.some(s => SWITCH_VARIABLES.has(s.value))
  );
}

const CUDA_STRING = /^cuda(:\d+)?$/;
const TF_GPU_STRING = /^\/?(device:)?gpu(:\d+)?$/i;

/** The first line where the unit puts work on a GPU, and through which framework. */
function gpuUse(unit: PythonUnit): { framework: GpuFramework; line: number } | undefined {
  const { imports, calls, strings } = unit.analysis;
  const uses = (top: string): boolean => imports.some(i => i.module === top || i.module.startsWith(top + '.'));
  if (uses('torch')) {
    // Work placed on a GPU: `model.cuda()`, `torch.cuda.set_device`, a 'cuda' device (queries such as is_available are not).
    const call = calls.find(c => c.qualified === 'torch.cuda.set_device' || /\.cuda$/.test(c.text));
    const literal = strings.find(s => CUDA_STRING.test(s.value));
    const line = Math.min(call?.line ?? Infinity, literal?.line ?? Infinity);
    if (line !== Infinity) {
      return { framework: 'PyTorch', line };
    }
  }
  if (uses('tensorflow')) {
    const literal = strings.find(s => TF_GPU_STRING.test(s.value));
    if (literal) {
      return { framework: 'TensorFlow', line: literal.line };
    }
  }
  return undefined;
}

const SWITCHES: Record<GpuFramework, string> = {
  PyTorch: 'torch.use_deterministic_algorithms(True), cudnn.deterministic, CUBLAS_WORKSPACE_CONFIG',
  TensorFlow: 'tf.config.experimental.enable_op_determinism(), TF_DETERMINISTIC_OPS'
};

/** One piece of advice per file that runs on a GPU, when no file of the repo switches determinism on. */
export function gpuDeterminismFindings(units: readonly PythonUnit[]): Finding[] {
  if (units.some(hasSwitch)) {
    return [];
  }
  const findings: Finding[] = [];
  for (const unit of units) {
    const use = gpuUse(unit);
    if (use) {
      findings.push({
        status: 'info',
        code: 'seeds.gpu-nondeterminism',
        message:
          `${use.framework} runs on the GPU here but nothing switches determinism on (${SWITCHES[use.framework]}): ` +
          'seeded GPU runs can still differ',
        ...unit.evidence(use.line),
        fix: SEEDS_FIX
      });
    }
  }
  return findings;
}
