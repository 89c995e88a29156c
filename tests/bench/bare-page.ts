// The baseline for the app's time to first idle: a bare page, no framework and no UI, that
// loads the same files and creates the map with the same style and camera (src/map/map.ts).
// The gap is what the app adds: Svelte, the list, the panel, the effects.
export const bareHtml = `<!doctype html><html><head><meta charset="utf-8"><title>bare</title>
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="./main.ts"></script></body></html>`;

// The page is served under /bare/ but the data under /: the style's basemap URLs are pointed
// there, and the map gets the size the app's map has (?w=&h=), so both draw the same tiles.
export const bareMain = (srcDir: string) => `import { createMap, moveCamera, relabel } from '${srcDir}/map/map.ts';
import { noInset, worldMarks, worldMaxZoom } from '${srcDir}/map/camera.ts';
import { loadStory, indexStory } from '${srcDir}/story/story.ts';
import { embeddedStyle } from '${srcDir}/map/style.ts';
const size = new URLSearchParams(location.search);
const container = document.getElementById('map');
if (size.get('w')) Object.assign(container.style, { width: size.get('w') + 'px', height: size.get('h') + 'px' });
const story = await loadStory(new URL('/data/story/', location.href).href);
const style = JSON.parse(JSON.stringify(embeddedStyle(story, indexStory(story).flowMax)).replaceAll('/bare/data/', '/data/'));
const map = createMap(container, style);
// The same camera as the app's first view, and the place labels planned for it, as the app does.
map.once('style.load', () => {
  moveCamera(map, { world: worldMarks(story, []), maxZoom: worldMaxZoom }, noInset, false);
  relabel(map, story);
});
window.__datelineMap = map;
// ?moves=N: once idle, N camera moves (zooms and pans around the story's marks), each followed by
// the label planner as the app runs it on a move's end; its times, in ms, in window.__relabelTimes.
const moves = Number(size.get('moves') ?? 0);
if (moves) {
  map.once('idle', () => {
    const marks = worldMarks(story, []);
    const times = [];
    for (let i = 0; i < moves; i++) {
      const [lng, lat] = marks[(i * 7) % marks.length];
      map.jumpTo({ center: [lng, Math.max(-80, Math.min(80, lat))], zoom: 1 + (i % 6) });
      const start = performance.now();
      relabel(map, story);
      times.push(performance.now() - start);
    }
    window.__relabelTimes = times;
  });
}
`;
