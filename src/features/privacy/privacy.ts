/**
 * WeChat's privacy agreement flow (《邻里隐私保护指引》). Before a privacy API runs (the camera for
 * scanning tickets, for now), WeChat asks the mini-program through onNeedPrivacyAuthorization; we show
 * our own sheet, and only the person's tap on its 同意 button (open-type agreePrivacyAuthorization)
 * lets the call go on. 不同意 cancels that one call and nothing else; the app keeps working without it.
 * In H5 there is no such flow and every check passes.
 */
import { create } from 'zustand';

type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

interface WxPrivacy {
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve, info: { referrer?: string }) => void) => void;
  requirePrivacyAuthorize?: (opts: { success: () => void; fail: () => void }) => void;
  openPrivacyContract?: (opts: { fail?: () => void }) => void;
}

export const AGREE_BUTTON_ID = 'linli-privacy-agree';

function wxApi(): WxPrivacy | null {
  if (process.env.TARO_ENV !== 'weapp') return null;
  return ((globalThis as { wx?: WxPrivacy }).wx ?? null) as WxPrivacy | null;
}

interface PrivacyState {
  /** Set while WeChat waits for the person's answer. */
  pending: Resolve | null;
  agree(): void;
  disagree(): void;
}

export const usePrivacyStore = create<PrivacyState>((set, get) => ({
  pending: null,
  agree() {
    get().pending?.({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    set({ pending: null });
  },
  disagree() {
    get().pending?.({ event: 'disagree' });
    set({ pending: null });
  },
}));

/** Once, at app start: WeChat's requests for consent open our sheet. */
export function installPrivacyHandler(api: WxPrivacy | null = wxApi()): void {
  api?.onNeedPrivacyAuthorization?.((resolve) => {
    // A request while one is open: the older one is answered "disagree", never left hanging.
    usePrivacyStore.getState().pending?.({ event: 'disagree' });
    usePrivacyStore.setState({ pending: resolve });
  });
}

/** Resolves true when privacy APIs may be called (already agreed, agreed now, or not WeChat). */
export function ensurePrivacy(api: WxPrivacy | null = wxApi()): Promise<boolean> {
  if (!api?.requirePrivacyAuthorize) return Promise.resolve(true);
  return new Promise((resolve) =>
    api.requirePrivacyAuthorize!({ success: () => resolve(true), fail: () => resolve(false) }),
  );
}

export function openPrivacyContract(api: WxPrivacy | null = wxApi()): void {
  api?.openPrivacyContract?.({});
}
