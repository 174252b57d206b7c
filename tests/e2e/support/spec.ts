import type { BrowserContext } from 'playwright-core';

export interface SpecContext {
  url: string;
  context: BrowserContext;
  screenshots: string[];
}

export interface Spec {
  name: string;
  /** A reason to skip on this machine, or null to run. */
  skip?: () => string | null;
  run(ctx: SpecContext): Promise<void>;
}

export function expectText(actual: string, expected: string, where: string): void {
  if (!actual.includes(expected)) throw new Error(`expected "${expected}" on ${where}; page text was:\n${actual.slice(0, 600)}`);
}
