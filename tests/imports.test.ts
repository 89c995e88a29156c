// The house rules of the tree, on every module of geo/ and src/ (.svelte files included, which
// madge does not read): each relative import resolves, no import runs in a circle, modules are
// kebab-case and components PascalCase.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const modules = ['geo', 'src'].flatMap((top) =>
  readdirSync(join(ROOT, top), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f))
    .map((f) => join(top, f)),
);
const known = new Set(modules);
const SPECIFIER = /(?:from|import)\s*\(?\s*(['"])(\.\.?\/[^'"?]+)[^'"]*\1/g;

function importsOf(file: string): { resolved: string[]; unresolved: string[] } {
  const resolved: string[] = [];
  const unresolved: string[] = [];
  for (const [, , spec] of readFileSync(join(ROOT, file), 'utf8').matchAll(SPECIFIER)) {
    const target = normalize(join(dirname(file), spec!));
    const hit = ['', '.ts', '.svelte'].map((ext) => target + ext).find((path) => known.has(path));
    if (hit) resolved.push(hit);
    else if (!/\.(css|json)$|^(node_modules|tests)\b/.test(target) && !target.startsWith('..')) unresolved.push(spec!);
  }
  return { resolved, unresolved };
}

const graph = new Map(modules.map((file) => [file, importsOf(file)]));

/** Each circle once, as the path that closes it. */
function circles(): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    state.set(file, 'open');
    for (const next of graph.get(file)!.resolved) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const file of modules) if (!state.has(file)) visit(file, [file]);
  return found;
}

describe('the tree of geo/ and src/', () => {
  it('resolves every relative import to a module', () => {
    const broken = [...graph].flatMap(([file, { unresolved }]) => unresolved.map((spec) => `${file}: ${spec}`));
    expect(broken).toEqual([]);
    expect(modules.length).toBeGreaterThan(100);
  });

  it('has no import circle', () => {
    expect(circles()).toEqual([]);
  });

  it('names modules in kebab-case and components in PascalCase', () => {
    const misnamed = modules.filter((file) => {
      const name = basename(file);
      return name.endsWith('.svelte')
        ? !/^[A-Z][A-Za-z]*\.svelte$/.test(name)
        : !/^[a-z0-9]+(-[a-z0-9]+)*(\.d)?\.ts$/.test(name);
    });
    expect(misnamed).toEqual([]);
  });
});
