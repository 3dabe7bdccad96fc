/**
 * A short, stable content hash (53-bit, from two 32-bit FNV-1a style lanes) for keys and image
 * comparison. Not cryptographic: it only has to tell two outputs or two notebook versions apart, in
 * the browser and in Node alike.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/** The hash a verification is remembered under: the notebook's code cells, in order (outputs excluded). */
export function codeCellsHash(sources: readonly string[]): string {
  return contentHash(JSON.stringify(sources));
}
