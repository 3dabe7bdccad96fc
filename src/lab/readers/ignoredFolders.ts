/**
 * The engine's default ignores (DEFAULT_IGNORES, all folders) in the shape the readers that walk
 * elsewhere (the server extension) take: exact folder names and name suffixes. One list,
 * so the walk done there skips exactly what the engine's walk would.
 */
import { DEFAULT_IGNORES } from '../../audit/walk';

export function ignoredFolders(): { ignoreNames: string[]; ignoreSuffixes: string[] } {
  const plain = DEFAULT_IGNORES.map(g => g.replace(/\/$/, ''));
  return {
    ignoreNames: plain.filter(name => !name.startsWith('*')),
    ignoreSuffixes: plain.filter(name => name.startsWith('*')).map(name => name.slice(1))
  };
}
