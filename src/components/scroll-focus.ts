/** Mini-program pages scroll natively; see scroll-focus.h5.ts for the web build. */
export function makePageScrollFocusable(): void {}
