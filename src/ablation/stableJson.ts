/** JSON with object keys sorted at every level, so equal data always gives the same bytes. */
export function stableJson(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (typeof value === 'object' && value !== null) {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort()) {
      if (source[key] !== undefined) {
        sorted[key] = sortKeys(source[key]);
      }
    }
    return sorted;
  }
  // JSON has no NaN or Infinity: keep them readable rather than silently null.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  return value;
}
