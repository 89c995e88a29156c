// The countries' codes as `npm run basemap` reads them: world-countries, the gazetteer's own source.
import { createRequire } from 'node:module';
import type { CountryCodeSource } from '../../geo/basemap/world.ts';

export const countryCodes = createRequire(import.meta.url)('world-countries/countries.json') as CountryCodeSource[];
