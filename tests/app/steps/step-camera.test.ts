import { describe, expect, it } from 'vitest';
import { siteFrame, siteView } from '../../../src/steps/step-camera.ts';

describe('the view of a site’s step', () => {
  it('frames an airfield whole, further out than a building', () => {
    const field = siteView('Kotoka International Airport', [0, 5]);
    const building = siteView('Jubilee House', [0, 5]);
    expect(field).toMatchObject({ maxZoom: siteFrame.airfield.maxZoom });
    expect(building).toMatchObject({ maxZoom: siteFrame.landmark.maxZoom });
    expect(siteFrame.airfield.maxZoom).toBeLessThan(siteFrame.landmark.maxZoom);
  });

  it('reads the kind from a whole word of the name, in any case', () => {
    expect(siteView('Sunan air base', [0, 0])).toMatchObject({ maxZoom: siteFrame.airfield.maxZoom });
    expect(siteView('Airportview Hotel', [0, 0])).toMatchObject({ maxZoom: siteFrame.landmark.maxZoom });
  });
});
