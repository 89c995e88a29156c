// Live rebuild in `npm run dev`: the Vite plugin in vite.config.ts re-runs the pipeline
// when data/ changes and tells the page over the HMR socket; the page re-fetches the JSON.
import { LIVE_EVENTS, type DataError } from '../../geo/contract/names.ts';

export function watchStoryData(onupdate: () => void, onerror: (error: DataError) => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(LIVE_EVENTS.updated, onupdate);
  import.meta.hot.on(LIVE_EVENTS.failed, (error: DataError) => onerror(error));
}
