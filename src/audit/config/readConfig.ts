/**
 * Finding and reading the repo's config through the RepoReader, before the walk (its `exclude` shapes the
 * walk): the CLI and the panel read the same file the same way, so they agree.
 */
import type { RepoReader } from '../reader';
import type { Finding } from '../report';
import { errorText } from '../walk';
import { CONFIG_FILES, EMPTY_CONFIG, RepoConfig, parseRepoConfig } from './repoConfig';

/** A config file is small; anything beyond this is not a config. */
const MAX_CONFIG_BYTES = 256 * 1024;

export async function readRepoConfig(reader: RepoReader): Promise<{ config: RepoConfig; warnings: Finding[] }> {
  let names: Set<string>;
  try {
    names = new Set((await reader.list('')).filter(e => e.kind === 'file').map(e => e.name));
  } catch {
    // The walk reports an unreadable root; there is no config to read.
    return { config: EMPTY_CONFIG, warnings: [] };
  }
  for (const path of CONFIG_FILES) {
    if (!names.has(path)) {
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await reader.read(path, MAX_CONFIG_BYTES));
    } catch (err) {
      const warning: Finding = {
        status: 'warn',
        code: 'reading.unreadable-file',
        message: `The audit's configuration could not be read: ${errorText(err)}`,
        path
      };
      return { config: EMPTY_CONFIG, warnings: [warning] };
    }
    const parsed = parseRepoConfig(text, path);
    // pyproject.toml without [tool.repro-audit] configures other tools, not this one.
    if (parsed.config || parsed.warnings.length) {
      return { config: parsed.config ?? { ...EMPTY_CONFIG, path }, warnings: parsed.warnings };
    }
  }
  return { config: EMPTY_CONFIG, warnings: [] };
}
