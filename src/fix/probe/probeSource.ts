/**
 * The environment probe: our own fixed Python source (never repo code), run by the CLI with a chosen
 * interpreter and later by a fresh lab kernel. It reads `{"distributions": [...], "imports": [...]}`
 * as JSON on stdin (missing or broken input counts as empty), prints one JSON object and never raises:
 * whatever it cannot learn is null or "none" with a reason beside it.
 */

/** Version of the probe's output shape, recorded in hardware.json. */
export const PROBE_SCHEMA = 1;

/** Python source: no backslashes, and only the schema number interpolated, so it reads here as it runs. */
export const PROBE_SOURCE = `
import json, os, platform, shutil, subprocess, sys

def guard(fn, fallback):
    try:
        return fn()
    except Exception:
        return fallback

def read_input():
    try:
        data = json.loads(sys.stdin.read() or "{}")
    except Exception:
        data = {}
    if not isinstance(data, dict):
        data = {}
    def strings(key):
        value = data.get(key)
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
    return strings("distributions"), strings("imports")

def cpuinfo_lines():
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            return f.read().splitlines()
    except Exception:
        return None

def cpu_model(lines):
    for line in lines or []:
        key, _, value = line.partition(":")
        if key.strip() in ("model name", "Hardware", "cpu model") and value.strip():
            return value.strip()
    name = platform.processor()
    return name or None

def physical_cores(lines):
    if lines is None:
        return None, "/proc/cpuinfo is not readable"
    pairs = set()
    physical = core = None
    for line in lines + [""]:
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "physical id":
            physical = value.strip()
        elif key == "core id":
            core = value.strip()
        elif not line.strip():
            if core is not None:
                pairs.add((physical, core))
            physical = core = None
    if not pairs:
        return None, "/proc/cpuinfo lists no core ids"
    return len(pairs), None

def ram_bytes():
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"), None
    except Exception:
        pass
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) * 1024, None
    except Exception:
        pass
    return None, "neither os.sysconf nor /proc/meminfo tells the memory size"

def nvidia_gpus():
    exe = shutil.which("nvidia-smi")
    if not exe:
        return [], "nvidia-smi is not on PATH"
    try:
        out = subprocess.run([exe, "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader"],
                             capture_output=True, text=True, timeout=10)
    except Exception as exc:
        return [], "nvidia-smi failed: " + type(exc).__name__
    if out.returncode != 0:
        return [], "nvidia-smi exited with " + str(out.returncode)
    gpus = []
    for line in out.stdout.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 3 and parts[0]:
            gpus.append({"name": parts[0], "memory": parts[1], "driver": parts[2]})
    return gpus, None if gpus else "nvidia-smi lists no GPU"

def importable(name):
    import importlib.util
    try:
        return importlib.util.find_spec(name) is not None
    except Exception:
        return False

def torch_info():
    if not importable("torch"):
        return {"available": False, "reason": "torch is not installed"}
    def collect():
        import torch
        info = {"available": True, "version": torch.__version__,
                "cuda_available": bool(torch.cuda.is_available()),
                "cuda_version": getattr(torch.version, "cuda", None),
                "cudnn_version": None, "devices": []}
        backend = getattr(torch.backends, "cudnn", None)
        if backend is not None and info["cuda_available"]:
            info["cudnn_version"] = backend.version()
        if info["cuda_available"]:
            for i in range(torch.cuda.device_count()):
                props = torch.cuda.get_device_properties(i)
                info["devices"].append({"name": props.name, "memory_bytes": props.total_memory})
        return info
    return guard(collect, {"available": False, "reason": "importing torch failed"})

def tensorflow_info():
    if not importable("tensorflow"):
        return {"available": False, "reason": "tensorflow is not installed"}
    def collect():
        import tensorflow as tf
        devices = [d.name for d in tf.config.list_physical_devices()]
        build = guard(lambda: dict(tf.sysconfig.get_build_info()), {})
        return {"available": True, "version": tf.__version__, "devices": devices,
                "cuda_version": build.get("cuda_version"), "cudnn_version": build.get("cudnn_version")}
    return guard(collect, {"available": False, "reason": "importing tensorflow failed"})

def versions_of(names):
    import importlib.metadata as md
    found, missing = {}, []
    for name in names:
        try:
            found[name] = md.version(name)
        except Exception:
            missing.append(name)
    return found, missing

def distributions_of(imports):
    import importlib.metadata as md
    if not hasattr(md, "packages_distributions"):
        return {}, "importlib.metadata.packages_distributions needs Python 3.10 or later"
    mapping = md.packages_distributions()
    return {name: sorted(set(mapping.get(name, []))) for name in imports}, None

def git_state():
    exe = shutil.which("git")
    if not exe:
        return {"commit": None, "dirty": None, "reason": "git is not on PATH"}
    def run(*args):
        return subprocess.run([exe, *args], capture_output=True, text=True, timeout=10)
    try:
        head = run("rev-parse", "HEAD")
        if head.returncode != 0:
            return {"commit": None, "dirty": None, "reason": "not a git repository (or no commit yet)"}
        status = run("status", "--porcelain")
        dirty = bool(status.stdout.strip()) if status.returncode == 0 else None
        return {"commit": head.stdout.strip(), "dirty": dirty, "reason": None}
    except Exception as exc:
        return {"commit": None, "dirty": None, "reason": "git failed: " + type(exc).__name__}

def main():
    distributions, imports = read_input()
    lines = cpuinfo_lines()
    physical, physical_reason = physical_cores(lines)
    ram, ram_reason = ram_bytes()
    gpus, gpu_reason = nvidia_gpus()
    torch = torch_info()
    mapping, mapping_reason = guard(lambda: distributions_of(imports), ({}, "packages_distributions failed"))
    wanted = list(dict.fromkeys(distributions + [d for ds in mapping.values() for d in ds]))
    versions, missing = guard(lambda: versions_of(wanted), ({}, wanted))
    affinity = getattr(os, "sched_getaffinity", None)
    result = {
        "probe": ${PROBE_SCHEMA},
        "os": {"system": platform.system() or None, "release": platform.release() or None,
               "version": platform.version() or None, "platform": platform.platform()},
        "architecture": platform.machine() or None,
        "python": {"version": platform.python_version(), "implementation": platform.python_implementation(),
                   "executable": sys.executable},
        "cpu": {"model": guard(lambda: cpu_model(lines), None), "logical_cores": os.cpu_count(),
                "available_cores": guard(lambda: len(affinity(0)), None) if affinity else None,
                "physical_cores": physical, "physical_cores_reason": physical_reason},
        "ram_bytes": ram, "ram_reason": ram_reason,
        "gpus": gpus, "gpus_reason": gpu_reason,
        "torch": torch,
        "tensorflow": tensorflow_info(),
        "cuda_version": torch.get("cuda_version"),
        "cudnn_version": torch.get("cudnn_version"),
        "env": {k: os.environ.get(k) for k in ("PYTHONHASHSEED", "CUBLAS_WORKSPACE_CONFIG", "OMP_NUM_THREADS", "MKL_NUM_THREADS")},
        "versions": versions, "missing_distributions": missing,
        "import_distributions": mapping, "import_distributions_reason": mapping_reason,
        "git": git_state(),
    }
    print(json.dumps(result, default=str))

try:
    main()
except BaseException as exc:
    print(json.dumps({"probe": ${PROBE_SCHEMA}, "error": type(exc).__name__ + ": " + str(exc)}))
`;
