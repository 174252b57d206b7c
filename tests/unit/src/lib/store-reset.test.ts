/** Stores start clean in every test (tests/jest/mocks/zustand.ts), so no test leaks into the next. */
import { useJoinStore } from '@/features/join/stores/join-store';

it('a test leaves a store changed', () => {
  useJoinStore.getState().setUnit('2单元');
  expect(useJoinStore.getState().unit).toBe('2单元');
});

it('the next test finds it as new', () => {
  expect(useJoinStore.getState().unit).toBe('');
});
