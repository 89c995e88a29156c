// `?embed` turns the page into the map for an iframe (EmbedBar.svelte, no page chrome): one
// build, one Content-Security-Policy and one cache for both. Kept apart from share.ts so the
// first view loads only this test.
export const embedParam = 'embed';

export const isEmbed = (search: string): boolean => new URLSearchParams(search).has(embedParam);
