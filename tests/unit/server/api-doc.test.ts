import fs from 'node:fs';
import { listActions } from '@linli/types';
import { API_DOC, renderApiDoc } from '../../../scripts/api-doc';
import { handlers } from '../../../server/functions/handlers';

it('docs/API.md is the one generated from the contract (run `npm run docs:api` after changing it)', () => {
  expect(fs.readFileSync(API_DOC, 'utf8')).toBe(renderApiDoc());
});

it('every action of the contract has a handler and a row in docs/API.md', () => {
  const doc = fs.readFileSync(API_DOC, 'utf8');
  for (const { fn, action } of listActions()) {
    expect((handlers as unknown as Record<string, Record<string, unknown>>)[fn][action]).toBeDefined();
    expect(doc).toContain(`| \`${action}\` |`);
  }
});
