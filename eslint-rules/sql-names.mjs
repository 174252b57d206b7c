/**
 * Raw SQL names tables and columns only through the schema objects (`${registrations.status}`,
 * `bare()`/`outer()` from server/db/query.ts), never as bare words in an sql`` template: a renamed
 * column then breaks the build, and a bare name inside a subquery cannot bind to the wrong table
 * (the "0 confirmed" bug). The names come from server/db/schema.ts itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = fs.readFileSync(path.join(here, '../server/db/schema.ts'), 'utf8');
const NAMES = new Set(
  [...schema.matchAll(/\b(?:pgTable|text|integer|bigint|boolean|jsonb|timestamp|ts)\(\s*'([a-z][a-z0-9_]*)'/g)].map((m) => m[1]),
);
NAMES.add('id'); // uuidText()

/** Words of the static SQL text, without string literals, casts (`::int`) and output aliases (`as n`). */
function bareNames(text) {
  // `at time zone` is an operator, not the `at` column of a table.
  const code = text.replace(/'(?:[^']|'')*'/g, "''").replace(/\bat\s+time\s+zone\b/gi, ' ');
  const found = [];
  for (const m of code.matchAll(/(::\s*|\bas\s+|\.)?\b([a-z_][a-z0-9_]*)\b/gi)) {
    if (m[1] && /^(::|as\s)/i.test(m[1])) continue;
    if (NAMES.has(m[2])) found.push(m[2]);
  }
  return found;
}

const isSqlTag = (tag) =>
  (tag.type === 'Identifier' && tag.name === 'sql') ||
  (tag.type === 'MemberExpression' && tag.object.type === 'Identifier' && tag.object.name === 'sql');

export default {
  meta: {
    type: 'problem',
    docs: { description: 'raw SQL names tables and columns only through the schema objects' },
    schema: [],
    messages: {
      bare: 'sql`` names "{{name}}" as a bare word: write ${table.column} (or bare()/outer() from server/db/query.ts).',
    },
  },
  create(context) {
    return {
      TaggedTemplateExpression(node) {
        if (!isSqlTag(node.tag)) return;
        for (const quasi of node.quasi.quasis) {
          for (const name of new Set(bareNames(quasi.value.cooked ?? quasi.value.raw))) {
            context.report({ node: quasi, messageId: 'bare', data: { name } });
          }
        }
      },
    };
  },
};
