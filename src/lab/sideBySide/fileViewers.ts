/** Which of JupyterLab's viewers opens a data file: tables in the CSV/TSV viewer, images in the image viewer. */

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp', '.svg'];

/** The widget factory for a file, or undefined for JupyterLab's default. */
export function viewerFactoryFor(path: string): string | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) {
    return 'CSVTable';
  }
  if (lower.endsWith('.tsv')) {
    return 'TSVTable';
  }
  return IMAGE_EXTENSIONS.some(ext => lower.endsWith(ext)) ? 'Image' : undefined;
}
