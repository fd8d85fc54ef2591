// The page's moments on its way to the first painted queue, in ms since
// its navigation began, each noted once; sent with `ui_ready` so the
// cold-start benchmark can say where the time went (src-tauri's startup.rs).
const marks: [string, number][] = [];

export function mark(name: string): void {
  if (typeof performance === 'undefined' || marks.some(([n]) => n === name)) return;
  marks.push([name, Math.round(performance.now())]);
}

export function startupMarks(): [string, number][] {
  return [...marks];
}
