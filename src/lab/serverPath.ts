/** Paths as Jupyter Server names them: relative to its root, '/'-separated, '' for the root. */

/** A repo-relative path inside the audited folder, as a server path. */
export function serverPathOf(folder: string, repoPath: string): string {
  return [folder, repoPath].filter(Boolean).join('/');
}

/** How the panel names an audited folder: '/' for the server root, '/a/b' otherwise. */
export function folderLabel(folder: string): string {
  return '/' + folder;
}

/** Trim slashes so '/a/b/' and 'a/b' name the same folder. */
export function normaliseFolder(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** True when a server path lies inside the folder (the folder itself included). */
export function isInside(folder: string, path: string): boolean {
  const p = normaliseFolder(path);
  return folder === '' || p === folder || p.startsWith(folder + '/');
}
