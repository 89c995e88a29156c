import { describe, expect, it } from 'vitest';
import { kmBetween } from '../../../geo/gazetteer/distance.ts';
import { gazetteer } from '../gazetteer.ts';

describe('US counties', () => {
  it('are second-level regions named as news writes them, at their land, with their state', async () => {
    const g = await gazetteer();
    const dallas = g.entry('admin2:US-TX-48113');
    expect(dallas).toMatchObject({ name: 'Dallas County', kind: 'admin2', country: 'US' });
    expect(kmBetween(dallas!, g.entry('city:4684888')!)).toBeLessThan(30);
    expect(g.entry('admin2:US-LA-22071')?.name).toBe('Orleans Parish');
    expect(g.lookup('st louis county')?.map((h) => h.id)).toContain('admin2:US-MO-29189');
  });

  it('carry the people of the town they are named after, to choose among namesakes', async () => {
    const g = await gazetteer();
    expect(g.entry('admin2:US-TX-48113')!.population).toBeGreaterThan(1_000_000);
    expect(g.entry('admin2:US-AL-01047')!.population).toBeLessThan(100_000);
  });

  it('leave independent cities to the towns (Richmond, Virginia is a city, not a county)', async () => {
    const g = await gazetteer();
    expect(g.entry('admin2:US-VA-51760')).toBeUndefined();
  });
});
