// The review mode's entry: the dev server's corrections plugin (geo/dev/corrections-endpoint.ts)
// adds it to the page it serves, and only there; `?review` in the address opens the desk. The
// built site never loads it.
import { mount } from 'svelte';
import ReviewRoot from './ReviewRoot.svelte';

if (new URLSearchParams(location.search).has('review'))
  mount(ReviewRoot, { target: document.body.appendChild(document.createElement('div')) });
