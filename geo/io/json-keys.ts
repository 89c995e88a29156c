// The keys of a JSON text, which JSON.parse does not report: a key written twice in one object
// (JSON.parse silently keeps the last value) and how many keys there are in all. For text
// JSON.parse has accepted; one pass, iterative, so neither length nor depth can hurt.

export interface JsonKeys {
  /** The first key written twice in one object, with the offset of its second writing. */
  duplicate: { key: string; offset: number } | null;
  /** Every key of every object. */
  count: number;
}

export function jsonKeys(text: string): JsonKeys {
  // One entry per open container: an object's keys so far, or null for an array.
  const open: Array<Set<string> | null> = [];
  let expectingKey = false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '{') {
      open.push(new Set());
      expectingKey = true;
    } else if (c === '[') {
      open.push(null);
    } else if (c === '}' || c === ']') {
      open.pop();
      expectingKey = false;
    } else if (c === ',') {
      expectingKey = open[open.length - 1] instanceof Set;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const keys = open[open.length - 1];
      if (expectingKey && keys) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (keys.has(key)) return { duplicate: { key, offset: i }, count: count + 1 };
        keys.add(key);
        count++;
        expectingKey = false;
      }
      i = end - 1;
    }
  }
  return { duplicate: null, count };
}

/** The offset just past the string that opens at `from`. */
function stringEnd(text: string, from: number): number {
  let i = from + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
