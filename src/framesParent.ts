// The parent page's script of the embed snippet, built to dist/frames.js: it sets the height
// of every Dateline iframe on the page from the height messages its embed page sends.
import { observeIframe } from '@newswire/frames';

for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-dateline-embed]')) observeIframe(frame);
