// The panels a choice opens, in one chunk loaded on first use (App.svelte): the first view draws
// none of them, so their code waits until the map is idle or a place is chosen.
export { default as ExcerptPanel } from './ExcerptPanel.svelte';
export { default as FlowPanel } from './FlowPanel.svelte';
