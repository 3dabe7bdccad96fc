/** PEP 503 name normalisation: `Scikit_Learn` and `scikit.learn` are both `scikit-learn`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
