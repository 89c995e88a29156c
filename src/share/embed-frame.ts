// The embed page's half of the responsive-iframe protocol (@newswire/frames, which speaks
// AMP's `embed-size` messages): it tells the parent page its height at load, on resize, when
// the parent starts listening, and whenever its content grows or shrinks (a panel opens).
// Loaded only in embed mode. frames' own initFrame is not used: its listener reads
// `event.data.sentinel` of every message, and any page can post `null` to the frame.
import { sendFrameHeight } from '@newswire/frames';

/** The parent's "frames-init" (observeIframe posts it when it starts listening); any other message is not ours. */
export function isFramesInit(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { sentinel, type } = data as { sentinel?: unknown; type?: unknown };
  return sentinel === 'amp' && type === 'frames-init';
}

export function reportHeight(): () => void {
  let last = -1;
  const send = (always: boolean) => {
    const height = document.documentElement.offsetHeight;
    if (always || height !== last) sendFrameHeight(height);
    last = height;
  };
  const onMessage = (event: MessageEvent) => {
    if (isFramesInit(event.data)) send(true);
  };
  const onResize = () => send(true);
  addEventListener('message', onMessage);
  addEventListener('resize', onResize);
  addEventListener('load', onResize, { once: true });
  const observer = new ResizeObserver(() => send(false));
  observer.observe(document.body);
  send(true);
  return () => {
    observer.disconnect();
    removeEventListener('message', onMessage);
    removeEventListener('resize', onResize);
    removeEventListener('load', onResize);
  };
}
