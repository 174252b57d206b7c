import { create } from 'zustand';
import type { ResidentRow, ShopItemView } from '@linli/types';
import { fetchItems, saveItem, searchPeople, type ItemInput } from '../services/shop.service';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';

export interface ItemFields {
  itemId: string | null;
  title: string;
  merchantName: string;
  merchantUserId: string | null;
  /** Shown beside the link; the contract's item view does not carry it back. */
  merchantUserName: string | null;
  pointsPrice: string;
  cost: string;
  stock: string;
  photoUrl: string;
  active: boolean;
}

const emptyFields: ItemFields = {
  itemId: null,
  title: '',
  merchantName: '',
  merchantUserId: null,
  merchantUserName: null,
  pointsPrice: '',
  cost: '',
  stock: '',
  photoUrl: '',
  active: true,
};

function fenText(fen: number): string {
  return fen % 100 === 0
    ? String(fen / 100)
    : `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** "15" / "15.5" / "0" yuan → fen without floating point; null if not money. */
function costToFen(text: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen <= 10_000_000 ? fen : null;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d{1,6}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

export function toItemInput(f: ItemFields): Omit<ItemInput, 'itemId'> | string {
  const title = f.title.trim();
  if (!title || title.length > 40) return '请填写商品名称（不超过 40 个字）';
  const merchantName = f.merchantName.trim();
  if (!merchantName || merchantName.length > 40) return '请填写商家名称（不超过 40 个字）';
  const pointsPrice = wholeNumber(f.pointsPrice, 1, 100_000);
  if (pointsPrice === null) return '所需积分请填写 1 到 100000 的整数';
  const costFen = costToFen(f.cost);
  if (costFen === null) return '基金成本请填写金额（元），最多两位小数，可以为 0';
  const stock = wholeNumber(f.stock, 0, 100_000);
  if (stock === null) return '库存请填写 0 到 100000 的整数';
  const photo = f.photoUrl.trim();
  if (photo && (photo.length > 500 || !/^(https:\/\/|cloud:\/\/|\/)/.test(photo)))
    return '图片链接需以 https:// 或 cloud:// 开头';
  return {
    title,
    merchantName,
    merchantUserId: f.merchantUserId,
    pointsPrice,
    costFen,
    stock,
    photoUrl: photo || null,
    active: f.active,
  };
}

interface EditorState extends Loadable {
  items: ShopItemView[];
  editing: boolean;
  fields: ItemFields;
  saving: boolean;
  saveError: string | null;
  saveDone: string | null;
  query: string;
  people: ResidentRow[];
  searching: boolean;
  load: (communityId: string) => Promise<void>;
  startNew: () => void;
  startEdit: (item: ShopItemView) => void;
  cancelEdit: () => void;
  set: (patch: Partial<ItemFields>) => void;
  setQuery: (q: string) => void;
  searchMerchant: (communityId: string) => Promise<void>;
  save: (communityId: string) => Promise<boolean>;
  reset: () => void;
}

const initial = {
  items: [],
  ...loadable,
  editing: false,
  fields: emptyFields,
  saving: false,
  saveError: null,
  saveDone: null,
  query: '',
  people: [],
  searching: false,
};

export const useEditorStore = create<EditorState>()((set, get) => {
  const tasks = storeTasks(get, set);
  const edit = (fields: ItemFields) =>
    set({ editing: true, fields, saveError: null, saveDone: null, people: [], query: '' });
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchItems({ communityId }),
        (items) => ({ items, loaded: true }),
      );
    },
    startNew: () => edit(emptyFields),
    startEdit: (item) =>
      edit({
        itemId: item.id,
        title: item.title,
        merchantName: item.merchantName,
        merchantUserId: item.merchantOperator?.userId ?? null,
        merchantUserName: item.merchantOperator?.name ?? null,
        pointsPrice: String(item.pointsPrice),
        cost: fenText(item.costFen),
        stock: String(item.stock),
        photoUrl: item.photoUrl ?? '',
        active: item.active,
      }),
    cancelEdit: () => set({ editing: false, saveError: null }),
    set: (patch) => set({ fields: { ...get().fields, ...patch }, saveError: null }),
    setQuery: (query) => set({ query }),
    searchMerchant: async (communityId) => {
      await tasks.load({
        busy: 'searching',
        error: 'saveError',
        run: () => searchPeople({ communityId, query: get().query }),
        done: (people) => ({ people }),
      });
    },
    save: async (communityId) => {
      if (get().saving) return false;
      const f = get().fields;
      const fields = toItemInput(f);
      if (typeof fields === 'string') {
        set({ saveError: fields });
        return false;
      }
      const input = { communityId, ...fields, ...(f.itemId ? { itemId: f.itemId } : {}) };
      const saved = await tasks.act({
        busy: 'saving',
        error: 'saveError',
        start: { saveDone: null },
        intent: 'save',
        input,
        send: (o) => saveItem(input, o),
        done: (saved) => ({
          editing: false,
          saveDone: `已保存“${saved.title}”`,
          items: get().items.some((i) => i.id === saved.id)
            ? get().items.map((i) => (i.id === saved.id ? saved : i))
            : [...get().items, saved],
        }),
      });
      return saved !== undefined;
    },
    reset: tasks.reset(initial),
  };
});
