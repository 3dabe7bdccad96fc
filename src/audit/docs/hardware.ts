/**
 * Statements about the hardware a study ran on, found in prose (README, HARDWARE.md, hardware.json):
 * accelerator and CPU models, memory, core counts, run times, and vaguer mentions ("a GPU").
 * The NeurIPS checklist asks for the type of compute workers, memory and time of execution.
 */

export interface HardwareLine {
  /** 1-based line. */
  line: number;
  /** Concrete hardware: 'A100', 'Xeon Gold 6248', '32 GB RAM', '16 cores'. */
  specs: string[];
  /** Run times: '12 hours', '~20 min'. */
  times: string[];
  /** Vague mentions: 'GPU', 'cluster'. */
  vague: string[];
  /** A time said of a run ("training took 3 days"), so that it counts even with no device near. */
  runTime: boolean;
}

/** GPU models as their makers write them (upper case: "T4", "L4" are words otherwise). */
const GPU_MODEL =
  '(?:[AH]100|H200|H800|A800|A[1-6]0G?|A[2-6]000|V100|P100|P40|K80|K40|T4|L4|L40S?|GH200|B[12]00|RTX\\s?A?\\d{4}(?:\\s?Ti)?|GTX\\s?\\d{3,4}(?:\\s?Ti)?|Titan\\s?(?:X[pP]?|V|RTX)|MI\\d{2,3}X?|Radeon\\s+\\w+)';
/** A model name (plural too: "8 A100s"), or a count glued to it ("8XH100", "4x A100"). */
const GPU = new RegExp(`(?:\\b\\d+\\s*[xX×]\\s*|\\b)(?:(?:NVIDIA|Tesla|GeForce|Quadro)\\s+)?${GPU_MODEL}(?=s?\\b)|\\bTPU\\s?v\\d[\\w-]*`, 'g');
/** A model written in lower case counts where "GPU" follows it ("7 days on 16 v100 GPUs"). */
const GPU_ANY_CASE = new RegExp(`(?:\\b\\d+\\s*[x×]?\\s*|\\b)${GPU_MODEL}s?\\s+GPUs?\\b`, 'gi');
const CPU =
  /\b(?:Intel\s+)?Xeon(?:\s+(?:Gold|Silver|Platinum|Bronze|E\d-\w+|W-?\w+))?(?:\s+\d{4}\w?)?|\bCore\s+i[3579](?:-\d{4,5}\w*)?|\bi[3579]-\d{4,5}\w*|\b(?:AMD\s+)?(?:EPYC|Ryzen|Threadripper)(?:\s+\d{1,4}\w*)*|\bApple\s+(?:M\d(?:\s+(?:Pro|Max|Ultra))?|Silicon|MPS)\b|\bGraviton\d?\b|\bMac(?:Book(?:\s+(?:Pro|Air))?|\s?mini|\s+Studio)\b(?:\s+\(?M\d(?:\s+(?:Pro|Max|Ultra))?\)?)?|\bM[1-4]\s+(?:Pro|Max|Ultra)\b/gi;
const MEMORY =
  /\b\d+(?:\.\d+)?\s?(?:GB|GiB|TB|TiB)\b(?:\s+(?:of\s+)?(?:RAM|memory|VRAM|GPU memory|system memory|DDR\d))|\b(?:RAM|memory|VRAM)\b[^.\n]{0,20}?\b\d+(?:\.\d+)?\s?(?:GB|GiB|TB|TiB)\b/gi;
/** A bare size ("one RTX 3090, 24 GB") is the device's memory when the line names a GPU. */
const BARE_MEMORY = /\b\d+(?:\.\d+)?\s?(?:GB|GiB)\b/gi;
const CORES = /\b\d+\s*(?:-core|CPU cores|cores|vCPUs?|CPUs|threads)\b/gi;
const TIME =
  /(?:~|≈|about\s+|approx\.?\s+|approximately\s+|around\s+|roughly\s+|under\s+|less than\s+)?(?:\b(?:\d+h\s?\d+m(?:in)?|\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:GPU[- ])?(?:hours?|hrs?|h|minutes?|mins?|days?|seconds?|secs?|weeks?))|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few|a couple of|several|half an?)(?:\s+and\s+a\s+half)?\s+(?:GPU[- ])?(?:hours?|days?|minutes?|weeks?))\b/gi;
/** Words that make a time a run time when no device is near: "training took", "per epoch", "to run". */
const RUN_CONTEXT = /\b(?:train\w*|runs?|running|ran|took|takes?|taking|epochs?|iterations?|steps|converge\w*|finish\w*|complete[sd]?|wall[- ]?clock|compute|experiments?|fine-?tun\w*|inference|benchmark\w*|execut\w*|GPU[- ]hours?)\b/i;
/**
 * A person's effort ("a trick that took me 2 days to figure out", "we spent weeks on it"): a time of the author's
 * work, not of a run, even with "took" in the sentence. "It takes you 2 hours to run" stays a run time.
 */
const PERSONAL_EFFORT =
  /\b(?:took|takes|take|taking|spent|spend|spending)\s+(?:me|us|him|her|them)\b|\bto\s+(?:figure\b|learn\b|understand\b|debug\b|write\b)|\bwe\s+spent\b/i;
/**
 * Install instructions and conditionals ("if you have a GPU, install CUDA", "enable the GPU in Colab",
 * "Runtime > Change runtime type > GPU") tell what a user may need, not what the study ran on.
 */
const INSTRUCTION =
  /\b(?:install(?:s|ed|ing|ation)?|enabl(?:e|ed|ing)\s+(?:the\s+|a\s+)?(?:GPUs?|TPUs?|CUDA|(?:hardware\s+)?accelerat\w*)|if (?:you|your)\b|if (?:an? |no )?(?:GPUs?|CUDA|TPUs?)\b|(?:change|select|switch) (?:the )?runtime|runtime type)\b/i;
/**
 * A vague word ("GPU", "laptop") says something about the study's hardware only when said of a run
 * or a use ("trained on a GPU", "our cluster"); "scales from your laptop to a cluster" describes a tool.
 */
const USED_CONTEXT = /\b(?:used|uses|using|tested|measured|we|our|my|on (?:a|an|one|two|\d+|the|our|my)\b)/i;
/** What a user needs ("requires a GPU", "you will need CUDA 11"): a named device still counts, a vague "GPU" does not. */
const REQUIREMENT = /\b(?:requires?|required|requirements?|needs?|needed|prerequisites?|recommended)\b/i;
/** In hardware.json / hardware.yaml the unit is often in the key: `"train_hours": 12`, `ram_gb: 64`. */
const KEYED_TIME = /[\w-]*(?:time|hours|duration|runtime|minutes|seconds|days)[\w-]*["']?\s*:\s*["']?\d+(?:\.\d+)?/gi;
const KEYED_MEMORY = /\b(?:ram|memory|vram)[\w-]*["']?\s*:\s*["']?\d+(?:\.\d+)?/gi;
const VAGUE = /\b(?:GPUs?|TPUs?|graphics cards?|cluster|HPC|supercomputer|workstation|laptop|cloud instances?|compute nodes?|CPUs?)\b/gi;

function matchesOf(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map(m => m[0].trim());
}

export interface HardwareScanOptions {
  /** Lines to leave out (code blocks of a README). */
  skip?: (line: number) => boolean;
  /** JSON or YAML: also read units from keys. */
  keyed?: boolean;
  /** Lines whose vague words are a user's setup, not the study's (an Installation section). */
  setup?: (line: number) => boolean;
}

/** Hardware facts of each line that mentions any. */
export function hardwareLines(lines: readonly string[], options: HardwareScanOptions = {}): HardwareLine[] {
  const found: HardwareLine[] = [];
  lines.forEach((text, i) => {
    if (options.skip?.(i + 1) || INSTRUCTION.test(text)) {
      return;
    }
    const exact = matchesOf(GPU, text);
    const gpus = exact.length ? exact : matchesOf(GPU_ANY_CASE, text);
    const memory = matchesOf(MEMORY, text);
    const bareMemory = gpus.length && !memory.length ? matchesOf(BARE_MEMORY, text) : [];
    const specs = [...gpus, ...matchesOf(CPU, text), ...memory, ...bareMemory, ...matchesOf(CORES, text)];
    const setup = options.setup?.(i + 1) ?? false;
    const times = matchesOf(TIME, text);
    if (options.keyed) {
      specs.push(...matchesOf(KEYED_MEMORY, text));
      times.push(...matchesOf(KEYED_TIME, text));
    }
    const saidOfUse = specs.length > 0 || RUN_CONTEXT.test(text) || USED_CONTEXT.test(text);
    const vague = setup || REQUIREMENT.test(text) || !saidOfUse ? [] : matchesOf(VAGUE, text);
    if (specs.length || times.length || vague.length) {
      found.push({ line: i + 1, specs, times, vague, runTime: times.length > 0 && (options.keyed || (RUN_CONTEXT.test(text) && !PERSONAL_EFFORT.test(text))) });
    }
  });
  return found;
}

export type HardwareLevel = 'concrete' | 'no-time' | 'time-only' | 'vague' | 'none';

export interface HardwareAssessment {
  level: HardwareLevel;
  /** 1-based line of the best statement (undefined for 'none'). */
  line?: number;
  specs: string[];
  times: string[];
  vague: string[];
}

/**
 * How concrete the statements are: a spec with a run time within `reach` lines ('concrete'), a spec
 * alone ('no-time'), a run time without a device ('time-only'), or only vague words ('vague'). A
 * time counts alone only when said of a run; near a device, any time does.
 */
export function assessHardware(found: readonly HardwareLine[], reach: number): HardwareAssessment {
  const withSpecs = found.filter(f => f.specs.length);
  for (const spec of withSpecs) {
    const times = found.filter(f => f.times.length && Math.abs(f.line - spec.line) <= reach).flatMap(f => f.times);
    if (times.length) {
      return { level: 'concrete', line: spec.line, specs: spec.specs, times, vague: [] };
    }
  }
  if (withSpecs.length) {
    return { level: 'no-time', line: withSpecs[0].line, specs: withSpecs.flatMap(f => f.specs), times: [], vague: [] };
  }
  const runTime = found.find(f => f.runTime);
  if (runTime) {
    return { level: 'time-only', line: runTime.line, specs: [], times: runTime.times, vague: runTime.vague };
  }
  const vague = found.find(f => f.vague.length);
  if (vague) {
    return { level: 'vague', line: vague.line, specs: [], times: [], vague: vague.vague };
  }
  return { level: 'none', specs: [], times: [], vague: [] };
}
