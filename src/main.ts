import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './global.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') as HTMLElement });
