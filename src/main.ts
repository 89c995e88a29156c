import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './global.css';
import App from './App.svelte';
import { loadStory } from './lib/story.ts';

// The story's files are fetched while Svelte mounts, not after: the map waits on them.
mount(App, { target: document.getElementById('app') as HTMLElement, props: { initialStory: loadStory() } });
