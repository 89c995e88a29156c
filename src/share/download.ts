// Hands a file to the browser's download, as a link with `download` would: no request leaves
// the page, so it works offline and under the Content-Security-Policy (blob: URLs are allowed).
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
