import { act, fireEvent, render, screen } from '@testing-library/react';
import { ensurePrivacy, installPrivacyHandler, PrivacySheet, usePrivacyStore } from '@/features/privacy';

type Resolve = (r: { event: string; buttonId?: string }) => void;

/** A stand-in for WeChat's privacy API: remembers the listener; "requires" consent until agreed. */
function fakeWx() {
  let listener: ((resolve: Resolve, info: object) => void) | null = null;
  let agreed = false;
  return {
    onNeedPrivacyAuthorization: (l: (resolve: Resolve, info: object) => void) => (listener = l),
    requirePrivacyAuthorize({ success, fail }: { success: () => void; fail: () => void }) {
      if (agreed) return success();
      listener!((r) => {
        agreed = r.event === 'agree' && r.buttonId === 'linli-privacy-agree';
        (agreed ? success : fail)();
      }, {});
    },
  };
}

beforeEach(() => usePrivacyStore.setState({ pending: null }));

it('shows the sheet when WeChat asks, and the privacy call goes on only after 同意', async () => {
  const wx = fakeWx();
  installPrivacyHandler(wx);
  render(<PrivacySheet />);
  expect(screen.queryByText('使用前请您同意隐私保护指引')).toBeNull();

  let allowed: Promise<boolean> = Promise.resolve(false);
  act(() => {
    allowed = ensurePrivacy(wx);
  });
  expect(screen.getByText('使用前请您同意隐私保护指引')).toBeTruthy();
  act(() => usePrivacyStore.getState().agree());
  await expect(allowed).resolves.toBe(true);
  expect(screen.queryByText('使用前请您同意隐私保护指引')).toBeNull();
  // Agreed once: later calls do not ask again.
  await expect(ensurePrivacy(wx)).resolves.toBe(true);
});

it('不同意 cancels just that call and closes the sheet', async () => {
  const wx = fakeWx();
  installPrivacyHandler(wx);
  render(<PrivacySheet />);
  let allowed: Promise<boolean> = Promise.resolve(true);
  act(() => {
    allowed = ensurePrivacy(wx);
  });
  fireEvent.click(screen.getByText('不同意'));
  await expect(allowed).resolves.toBe(false);
  expect(screen.queryByText('使用前请您同意隐私保护指引')).toBeNull();
});

it('answers an older request "disagree" when a new one comes, never leaving it hanging', () => {
  const wx = fakeWx();
  installPrivacyHandler(wx);
  const answers: string[] = [];
  wx.requirePrivacyAuthorize({
    success: () => answers.push('first ok'),
    fail: () => answers.push('first refused'),
  });
  wx.requirePrivacyAuthorize({
    success: () => answers.push('second ok'),
    fail: () => answers.push('second refused'),
  });
  act(() => usePrivacyStore.getState().agree());
  expect(answers).toEqual(['first refused', 'second ok']);
});

it('lets every call through outside WeChat', async () => {
  await expect(ensurePrivacy(null)).resolves.toBe(true);
});
