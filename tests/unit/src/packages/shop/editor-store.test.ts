import { toItemInput, useEditorStore } from '@/features/shop';
import { shopItem } from '../fixtures';

it('keeps the merchant account when staff edit an item', () => {
  useEditorStore
    .getState()
    .startEdit(shopItem({ merchantOperator: { userId: 'u-merchant', name: '周国强' } }));
  const f = useEditorStore.getState().fields;
  expect(f).toMatchObject({ merchantUserId: 'u-merchant', merchantUserName: '周国强' });
  const input = toItemInput(f);
  if (typeof input === 'string') throw new Error(input);
  expect(input.merchantUserId).toBe('u-merchant');
});

it('edits an item with no merchant account as unbound', () => {
  useEditorStore.getState().startEdit(shopItem({ merchantOperator: null }));
  expect(useEditorStore.getState().fields.merchantUserId).toBeNull();
});
