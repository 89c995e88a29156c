// The embed page's half of the responsive-iframe protocol (@newswire/frames, which speaks
// AMP's `embed-size` messages): it tells the parent page its height at load, on resize, when
// the parent starts listening, and whenever its content grows or shrinks (a panel opens).
// Loaded only in embed mode.
import { initFrame, sendFrameHeight } from '@newswire/frames';

export function reportHeight(): () => void {
  initFrame();
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = document.documentElement.offsetHeight;
    if (height !== last) sendFrameHeight(height);
    last = height;
  });
  observer.observe(document.body);
  return () => observer.disconnect();
}
