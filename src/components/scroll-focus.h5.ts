/**
 * H5 only: Taro's router scrolls each page inside a `.taro_page` box. A scrolling box must be
 * reachable from the keyboard (WCAG 2.1.1, axe scrollable-region-focusable), so it gets tabindex=0.
 */
export function makePageScrollFocusable(): void {
  if (typeof document === 'undefined') return;
  document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
}
