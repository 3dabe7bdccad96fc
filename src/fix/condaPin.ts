/**
 * A conda match spec (`numpy`, `numpy>=1.20`, `conda-forge::numpy=1.26`) rewritten to name one exact
 * version, keeping its channel and spelling; undefined for forms that carry more than a version
 * (a build string, the bracket form), which are left for a person to pin.
 */
import { parseCondaSpec } from '../audit/deps/condaSpec';

/** conda's `=x.y` means x.y.* (fuzzy): only three or more parts are exact with `=`, else use `==`. */
function operatorFor(version: string): '=' | '==' {
  return /^\d+(\.[0-9A-Za-z]+){2,}/.test(version) ? '=' : '==';
}

export function condaPinnedText(written: string, installedVersion: string): string | undefined {
  const spec = parseCondaSpec(written);
  if ('error' in spec) {
    return undefined;
  }
  const rest = spec.spec;
  // `name`, or `name` + one operator clause list without a build string or a space-separated form.
  if (rest && !/^==?\s*[^\s=]+$/.test(rest) && !/^(>=|<=|>|<|!=|~=)\s*[^\s[\]]+$/.test(rest)) {
    return undefined;
  }
  // conda versions have no PEP 440 local label (`2.1.0+cu121`): the public part names the release.
  const version = installedVersion.split('+')[0];
  const channelEnd = written.lastIndexOf('::');
  const nameStart = written.indexOf(spec.name, channelEnd < 0 ? 0 : channelEnd + 2);
  const pinned = `${written.slice(0, nameStart + spec.name.length)}${operatorFor(version)}${version}`;
  const check = parseCondaSpec(pinned);
  return 'error' in check || !check.pinned ? undefined : pinned;
}
