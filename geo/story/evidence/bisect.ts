// Bisection over things in text order: a sentence with thousands of mentions or figures
// is searched in log time, not scanned once per mention.

/** The first index at which `holds` is true, for a predicate false then true along the list. */
export function firstIndex<T>(items: T[], holds: (item: T) => boolean): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
