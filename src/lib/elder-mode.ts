/**
 * 长辈模式 (elder mode): bigger text and taps, one main action per screen. The person chooses on,
 * off or 跟随微信 (follow WeChat's font-size setting); the choice is kept in Taro storage.
 */
import Taro from '@tarojs/taro';
import { create } from 'zustand';

export type ElderSetting = 'auto' | 'on' | 'off';

const KEY = 'linli.elderMode';
/** WeChat's standard font size is 16–17 px; anything above it is a person who asked for larger text. */
export const LARGE_FONT_PX = 18;

/** WeChat's font-size setting in px, or null where there is none (H5, tests, old base libraries). */
export function systemFontSize(): number | null {
  if (process.env.TARO_ENV !== 'weapp') return null;
  try {
    const api = Taro as unknown as {
      getAppBaseInfo?: () => { fontSizeSetting?: number };
      getSystemInfoSync?: () => { fontSizeSetting?: number };
    };
    // getAppBaseInfo replaces the deprecated getSystemInfoSync (base library 2.20.1+).
    const size = api.getAppBaseInfo
      ? api.getAppBaseInfo().fontSizeSetting
      : api.getSystemInfoSync?.().fontSizeSetting;
    return typeof size === 'number' && size > 0 ? size : null;
  } catch {
    return null;
  }
}

function readSetting(): ElderSetting {
  try {
    const v: unknown = Taro.getStorageSync(KEY);
    return v === 'on' || v === 'off' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

export function isElderActive(setting: ElderSetting, fontSize: number | null): boolean {
  return setting === 'on' || (setting === 'auto' && fontSize !== null && fontSize >= LARGE_FONT_PX);
}

interface ElderState {
  setting: ElderSetting;
  systemFont: number | null;
  active: boolean;
  set: (setting: ElderSetting) => void;
  /** Re-reads storage and WeChat's setting (the person may have changed it while we were away). */
  refresh: () => void;
}

export const useElderMode = create<ElderState>()((set, get) => {
  const setting = readSetting();
  const systemFont = systemFontSize();
  return {
    setting,
    systemFont,
    active: isElderActive(setting, systemFont),
    set: (next) => {
      try {
        Taro.setStorageSync(KEY, next);
      } catch {
        // Storage full or unavailable: the choice still holds for this visit.
      }
      set({ setting: next, active: isElderActive(next, get().systemFont) });
    },
    refresh: () => {
      const s = readSetting();
      const f = systemFontSize();
      set({ setting: s, systemFont: f, active: isElderActive(s, f) });
    },
  };
});
