// The colours a story's settings may set: a newsroom's palette over the app's own, refused
// when a label drawn in it would not read on white.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../geo/io/errors.ts';
import { parseSettings } from '../../../../geo/story/inputs/settings.ts';
import { contrastOnWhite } from '../../../../geo/story/inputs/contrast.ts';

const settings = (colors: string) =>
  `{\n  "title": "T",\n  "traveller": { "name": "X" },\n  "colors": {\n${colors}\n  }\n}\n`;
const parse = (colors: string) => () => parseSettings('story.json', settings(colors));

describe('story colours', () => {
  it('keeps the colours a story sets, as given', () => {
    const { colors } = parse('    "route": "#c2410c",\n    "site": "#7C3AED"')();
    expect(colors).toEqual({ route: '#c2410c', site: '#7C3AED' });
  });

  it('refuses a colour too light for a label on white, naming its line, its contrast and the fix', () => {
    const light = parse('    "route": "#c2410c",\n    "site": "#f5c2e7"');
    expect(light).toThrow(InputError);
    expect(light).toThrow(/^story\.json:6: setting "colors\.site" is #f5c2e7, 1\.\d:1 on white; .*4\.5:1/);
    expect(light).toThrow(/use a darker shade/);
  });

  it('refuses a colour name the map does not draw, as an unknown setting', () => {
    expect(parse('    "rout": "#c2410c"')).toThrow(/^story\.json:5: unknown setting "rout"/);
  });

  it('refuses a colour that is not #rrggbb', () => {
    expect(parse('    "flow": "teal"')).toThrow(/^story\.json:5: setting "colors\.flow" use a #rrggbb colour/);
  });

  it('measures contrast as WCAG 2 does', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1);
    expect(contrastOnWhite('#767676')).toBeCloseTo(4.54, 2);
  });
});
