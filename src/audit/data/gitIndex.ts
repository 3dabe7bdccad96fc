/**
 * The paths git tracks, read from its index (`.git/index`, versions 2–4): what a clone of the repo holds,
 * whatever `.gitignore` says — a file force-added despite an ignore rule is committed all the same.
 * Pure: bytes in, paths out; a file that is not an index gives undefined, never an exception.
 */

const SIGNATURE = 0x44495243; // "DIRC"
/** ctime, mtime, dev, ino, mode, uid, gid, size (4 bytes each, times 8) and the flags, around the object id. */
const FIXED_BEFORE_ID = 40;
const FLAGS_BYTES = 2;
const EXTENDED_FLAG = 0x4000;
const NAME_MASK = 0x0fff;

export function parseGitIndex(bytes: Uint8Array, idBytes = 20): Set<string> | undefined {
  if (bytes.length < 12) {
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4);
  if (view.getUint32(0) !== SIGNATURE || version < 2 || version > 4) {
    return undefined;
  }
  const count = view.getUint32(8);
  const decoder = new TextDecoder('utf-8');
  const paths = new Set<string>();
  let at = 12;
  let previous = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const start = at;
    const flagsAt = at + FIXED_BEFORE_ID + idBytes;
    if (flagsAt + FLAGS_BYTES > bytes.length) {
      return undefined;
    }
    const flags = view.getUint16(flagsAt);
    at = flagsAt + FLAGS_BYTES + (version >= 3 && flags & EXTENDED_FLAG ? 2 : 0);
    let name: Uint8Array;
    if (version === 4) {
      // Prefix compression: drop N bytes from the end of the previous name, then append a NUL-ended suffix.
      let byte = bytes[at++];
      let drop = byte & 0x7f;
      while (byte & 0x80) {
        byte = bytes[at++];
        drop = ((drop + 1) << 7) | (byte & 0x7f);
      }
      const end = bytes.indexOf(0, at);
      if (end < 0 || drop > previous.length) {
        return undefined;
      }
      const suffix = bytes.subarray(at, end);
      name = new Uint8Array(previous.length - drop + suffix.length);
      name.set(previous.subarray(0, previous.length - drop));
      name.set(suffix, previous.length - drop);
      at = end + 1;
    } else {
      const length = flags & NAME_MASK;
      const end = length < NAME_MASK ? at + length : bytes.indexOf(0, at);
      if (end < 0 || end > bytes.length) {
        return undefined;
      }
      name = bytes.subarray(at, end);
      // Entries are NUL-padded to a multiple of 8 bytes (1 to 8 NULs).
      const entryLength = end - start;
      at = start + (entryLength + 8 - (entryLength % 8));
    }
    previous = name;
    paths.add(decoder.decode(name));
  }
  return paths;
}
