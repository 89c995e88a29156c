import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './global.css';
import './print.css';
import App from './App.svelte';
import { loadStory } from './story/story.ts';
import { storyFailureMessage } from './story/story-check.ts';

// The story's files are fetched while Svelte mounts, not after: the map waits on them. It
// waits for the UI font too: a header that grows when the font arrives would resize the
// map, and a resize draws the globe again from scratch.
const uiFont = Promise.all(['400', '600'].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans"`))).catch(
  () => [],
);
const initialStory = Promise.all([loadStory(), uiFont]).then(([story]) => story);
const target = document.getElementById('app') as HTMLElement;
try {
  mount(App, { target, props: { initialStory } });
} catch (error) {
  // The app could not even start: the page must still say why, not stay blank.
  const notice = Object.assign(document.createElement('p'), { textContent: storyFailureMessage(error) });
  notice.setAttribute('role', 'alert');
  target.replaceChildren(notice);
  console.error(error);
}
