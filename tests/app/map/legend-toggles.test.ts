// The legend lists only what the toggles leave on the map, and a partner's box is ticked only
// while its flow is drawn.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta, FlowCollection, RouteCollection } from '../../../geo/contract/schema.ts';
import Legend from '../../../src/map/Legend.svelte';
import LayerControls from '../../../src/map/LayerControls.svelte';
import { formatDateValue } from '../../../src/story/dates.ts';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story', name), 'utf8'));
const route = read('route.geojson') as RouteCollection;
const flows = read('flows.geojson') as FlowCollection;

/** The legend's text as a reader sees it: inline tags and Svelte's markers dropped, blocks spaced. */
function legendText(hidden: string[]): string {
  const { body } = render(Legend, {
    props: { route, flows, flowMax: 175e9, articleById: new Map<string, ArticleMeta>(), tradeYear: 2023, hidden },
  });
  return body
    .replace(/<!--[^]*?-->|<\/?time[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the legend follows the toggles', () => {
  it('lists every layer and flow while nothing is hidden', () => {
    const text = legendText([]);
    for (const shown of ['Route', 'Stop', 'Site visited', 'Place only mentioned', 'Trade partner', 'Legs'])
      expect(text).toContain(shown);
    for (const shown of ['China: $175bn', 'United States: $123bn', 'Russia: $3.5bn']) expect(text).toContain(shown);
  });

  it('drops China’s flow, and only it, when China is unticked', () => {
    const text = legendText(['flow:flow-china']);
    expect(text).not.toContain('China: $175bn');
    expect(text).toContain('United States: $123bn');
    expect(text).toContain('Trade partner');
  });

  it('drops the whole trade section when all flows are off', () => {
    const text = legendText(['flows']);
    for (const gone of ['Trade', 'China', 'United States', 'Russia: $3.5bn']) expect(text).not.toContain(gone);
    expect(text).toContain('Route');
  });

  it.each([
    ['route', ['Route, arrows', 'Stop', 'Legs']],
    ['sites', ['Site visited']],
    ['mentioned', ['Place only mentioned']],
  ])('drops the keys of “%s” when it is off', (group, gone) => {
    const text = legendText([group]);
    for (const key of gone) expect(text).not.toContain(key);
  });

  it('keys the dashed leg and hollow stop only while the route holds an inferred mark and is shown', () => {
    const key = 'Dashed leg, hollow stop: inferred, no outlet states it';
    const stated = {
      ...route,
      features: route.features.map((leg) => ({ ...leg, properties: { ...leg.properties, basis: 'stated' as const } })),
    };
    const inferred = {
      ...stated,
      features: stated.features.map((leg, i) =>
        i === 0 ? { ...leg, properties: { ...leg.properties, basis: 'inferred' as const } } : leg,
      ),
    };
    const textOf = (legs: RouteCollection, hidden: string[]) =>
      render(Legend, {
        props: { route: legs, flows, flowMax: 175e9, articleById: new Map(), tradeYear: 2023, hidden },
      }).body;
    expect(textOf(inferred, [])).toContain(key);
    expect(textOf(inferred, ['route'])).not.toContain(key);
    expect(textOf(stated, [])).not.toContain(key);
  });

  it('says so when every layer is off', () => {
    expect(legendText(['route', 'sites', 'mentioned', 'flows'])).toContain('Every layer is off');
  });

  it('writes the legs’ dates for a reader, not as ISO values', () => {
    const text = legendText([]);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain(formatDateValue('2024-06-20'));
    expect(text).toContain(
      `Outlets differ: ${formatDateValue('2024-06-20')} (a2, a3); ${formatDateValue('2024-06-19')}`,
    );
  });
});

describe('the partner boxes', () => {
  /** Each flow box's markup: whether it is checked and disabled. */
  function partnerBoxes(hidden: string[]) {
    const { body } = render(LayerControls, { props: { flows, hidden, ontoggle: () => {} } });
    return [...body.matchAll(/<input[^>]*data-toggle="flow:([^"]*)"[^>]*>/g)].map(([markup, id]) => ({
      id,
      checked: /\schecked/.test(markup),
      disabled: /\sdisabled/.test(markup),
    }));
  }

  it('are ticked and free while their flows are drawn', () => {
    expect(partnerBoxes([]).every((b) => b.checked && !b.disabled)).toBe(true);
  });

  it('are cleared, not ticked and greyed, while all flows are off', () => {
    const boxes = partnerBoxes(['flows']);
    expect(boxes).toHaveLength(flows.features.length);
    expect(boxes.every((b) => !b.checked && b.disabled)).toBe(true);
  });

  it('clear only the partner whose flow is hidden', () => {
    expect(
      partnerBoxes(['flow:flow-china'])
        .filter((b) => !b.checked)
        .map((b) => b.id),
    ).toEqual(['flow-china']);
  });
});
