// @newswire/frames ships no types: the functions Dateline uses, as its README documents them.
declare module '@newswire/frames' {
  /** Parent page: sets the iframe's height from its messages; returns a function that stops listening. */
  export function observeIframe(iframe: HTMLIFrameElement): () => void;
  /** Embed page: sends its height now, on load, on resize and when the parent starts observing. */
  export function initFrame(): void;
  /** Embed page: sends this height (default: the document's offsetHeight) to the parent. */
  export function sendFrameHeight(height?: number): void;
}
