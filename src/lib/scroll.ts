import Taro from '@tarojs/taro';

/** A result replaces a long form: show it from its top, not where the submit button was. */
export function scrollToTop(): void {
  try {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })?.catch?.(() => undefined);
  } catch {
    // Not every runtime (tests) has it; staying where we are is harmless.
  }
}
