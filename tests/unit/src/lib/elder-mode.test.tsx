import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { Page } from '@/components/page';
import { ElderModeSwitch } from '@/features/me';
import { isElderActive, systemFontSize, useElderMode } from '@/lib/elder-mode';

const taro = Taro as unknown as Record<string, unknown>;

afterEach(() => {
  delete process.env.TARO_ENV_OVERRIDE;
  delete taro.getAppBaseInfo;
  useElderMode.setState({ setting: 'auto', systemFont: null, active: false });
});

it('is on when chosen, off when refused, and follows a large WeChat font when left to follow', () => {
  expect(isElderActive('on', null)).toBe(true);
  expect(isElderActive('off', 22)).toBe(false);
  expect(isElderActive('auto', 17)).toBe(false);
  expect(isElderActive('auto', 20)).toBe(true);
  expect(isElderActive('auto', null)).toBe(false);
});

it('reads WeChat’s font-size setting only in the WeChat build, guarded elsewhere', () => {
  taro.getAppBaseInfo = () => ({ fontSizeSetting: 22 });
  expect(systemFontSize()).toBeNull(); // tests run as H5: no such setting
  const env = process.env.TARO_ENV;
  process.env.TARO_ENV = 'weapp';
  try {
    expect(systemFontSize()).toBe(22);
    taro.getAppBaseInfo = () => {
      throw new Error('not supported');
    };
    expect(systemFontSize()).toBeNull();
  } finally {
    process.env.TARO_ENV = env;
  }
});

it('switches every page to large type from 我的 and remembers the choice', () => {
  render(
    <Page className="me">
      <ElderModeSwitch />
    </Page>,
  );
  const root = screen.getByText('长辈模式', { selector: '.elder-switch__title' }).closest('.page')!;
  expect(root.className).not.toContain('elder');
  fireEvent.click(screen.getByRole('radio', { name: '开启' }));
  expect(root.className).toContain('elder');
  expect(screen.getByText('现在：已开启大字')).toBeTruthy();
  expect(Taro.setStorageSync).toHaveBeenCalledWith('linli.elderMode', 'on');
  fireEvent.click(screen.getByRole('radio', { name: '关闭' }));
  expect(root.className).not.toContain('elder');
  // A fresh start reads the stored choice back.
  useElderMode.getState().refresh();
  expect(useElderMode.getState().setting).toBe('off');
});
