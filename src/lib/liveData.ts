// Live rebuild in `npm run dev`: the Vite plugin in vite.config.ts re-runs the pipeline
// when data/ changes and tells the page over the HMR socket; the page re-fetches the JSON.
export type DataError = { file: string; line: number | null; message: string };

export const DATA_UPDATED = 'dateline:data-updated';
export const DATA_FAILED = 'dateline:data-failed';

export function watchStoryData(onupdate: () => void, onerror: (error: DataError) => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(DATA_UPDATED, onupdate);
  import.meta.hot.on(DATA_FAILED, (error: DataError) => onerror(error));
}
