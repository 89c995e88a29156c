// Article ids: what the outputs and the app know each article by, from its file name.

/** A path's last part, the file's name, whichever separator the path uses. */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * One id per article file, unique by construction: the file's stem ("visit" for visit.md),
 * or, for files whose stems collide, their names ("visit.md", "visit.txt"), or, where even
 * names collide (files of different folders), their paths. Paths are unique.
 */
export function articleIds(files: string[]): string[] {
  const forms = files.map((file) => {
    const name = fileName(file);
    return [name.replace(/\.(md|txt)$/i, ''), name, file];
  });
  const level = files.map(() => 0);
  for (;;) {
    const ids = forms.map((f, i) => f[level[i]!]!);
    const holders = new Map<string, number[]>();
    ids.forEach((id, i) => (holders.get(id) ?? holders.set(id, []).get(id)!).push(i));
    // Of the files that share an id, those with the shortest form take the next longer one.
    const longer = [...holders.values()]
      .filter((h) => h.length > 1)
      .flatMap((h) => {
        const lowest = h.reduce((min, i) => Math.min(min, level[i]!), 2);
        return lowest < 2 ? h.filter((i) => level[i] === lowest) : [];
      });
    if (longer.length === 0) return ids;
    for (const i of longer) level[i]!++;
  }
}
