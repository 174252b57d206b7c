/**
 * zustand for app tests (the zustand testing recipe): every store made with `create` is recorded and
 * put back to its initial state after each test (app.setup.ts), so no test resets stores by hand.
 */
import { act } from '@testing-library/react';
import type * as Zustand from 'zustand';

const actual = jest.requireActual<typeof Zustand>('zustand');

const resets = new Set<() => void>();

function createRecorded<T>(creator: Zustand.StateCreator<T>) {
  const store = actual.create(creator);
  const initial = store.getInitialState();
  resets.add(() => store.setState(initial, true));
  return store;
}

export const create = (<T>(creator?: Zustand.StateCreator<T>) =>
  creator ? createRecorded(creator) : createRecorded) as typeof Zustand.create;

export const { createStore, useStore } = actual;

export function resetAllStores(): void {
  act(() => resets.forEach((reset) => reset()));
}
