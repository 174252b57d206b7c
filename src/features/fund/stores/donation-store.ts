import { create } from 'zustand';
import type { DonationSource, DonationView } from '@linli/types';
import { parseYuanToFen } from '../money';
import { recordDonation, type DonationInput } from '../services/fund.service';
import { storeTasks } from '@/lib/store-task';
import { validEvidenceUrl } from './validate';
import { submitForm } from './form-submit';

export interface DonationForm {
  source: DonationSource;
  form: 'cash' | 'in_kind';
  donorName: string;
  publicConsent: boolean;
  amount: string;
  itemsDesc: string;
  evidenceUrl: string;
}

interface DonationState {
  fields: DonationForm;
  saving: boolean;
  error: string | null;
  done: DonationView | null;
  set: (patch: Partial<DonationForm>) => void;
  submit: (communityId: string) => Promise<boolean>;
  reset: () => void;
}

const emptyForm: DonationForm = {
  source: 'merchant',
  form: 'cash',
  donorName: '',
  publicConsent: true,
  amount: '',
  itemsDesc: '',
  evidenceUrl: '',
};

/** The form as the contract wants it, or what to fix, in words. */
export function toDonationInput(f: DonationForm): DonationInput | string {
  const donorName = f.donorName.trim();
  if (!donorName) return '请填写捐赠人或单位名称（不同意公开时，公示栏显示为“爱心人士”）';
  if (donorName.length > 40) return '捐赠人名称请不超过 40 个字';
  const amountFen = parseYuanToFen(f.amount);
  if (amountFen === null)
    return f.form === 'cash'
      ? '金额请填写大于 0 的数字，最多两位小数，例如 500 或 12.50'
      : '物资估值请填写大于 0 的数字，最多两位小数';
  const input: DonationInput = {
    source: f.source,
    form: f.form,
    donorName,
    publicConsent: f.publicConsent,
    amountFen,
  };
  const items = f.itemsDesc.trim();
  if (f.form === 'in_kind' && !items) return '请写明捐赠的物资，例如：食用油 1.8L × 40 桶';
  if (items.length > 200) return '说明请不超过 200 个字';
  if (items) input.itemsDesc = items;
  const url = f.evidenceUrl.trim();
  if (url) {
    if (!validEvidenceUrl(url)) return '凭证链接需以 https:// 或 cloud:// 开头';
    input.evidenceUrl = url;
  }
  return input;
}

export const useDonationStore = create<DonationState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    fields: emptyForm,
    saving: false,
    error: null,
    done: null,
    set: (patch) => {
      set({ fields: { ...get().fields, ...patch }, error: null });
    },
    submit: (communityId) =>
      submitForm(tasks, get, set, {
        empty: emptyForm,
        toInput: toDonationInput,
        send: (input, o) => recordDonation({ communityId, ...input }, o),
      }),
    reset: () => {
      tasks.forget();
      set({ fields: emptyForm, saving: false, error: null, done: null });
    },
  };
});
