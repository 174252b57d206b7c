import { cleanup } from '@testing-library/react';
import { resetTaroMock } from './mocks/taro';
import { resetAllStores } from './mocks/zustand';

jest.mock('zustand', () => jest.requireActual('./mocks/zustand'));

// NutUI's Empty sets a vendor-prefixed inline style React does not know; it is harmless in jsdom.
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('Unsupported style property')) return;
    consoleError(...args);
  });
});

afterEach(() => {
  cleanup();
  resetTaroMock();
  resetAllStores();
});
