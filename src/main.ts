import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './global.css';
import App from './App.svelte';
import { loadStory } from './lib/story.ts';

// The story's files are fetched while Svelte mounts, not after: the map waits on them. It
// waits for the UI font too: a header that grows when the font arrives would resize the
// map, and a resize draws the globe again from scratch.
const uiFont = Promise.all(['400', '600'].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans"`))).catch(() => []);
const initialStory = Promise.all([loadStory(), uiFont]).then(([story]) => story);
mount(App, { target: document.getElementById('app') as HTMLElement, props: { initialStory } });
