/**
 * Choosing the .xlsx: in WeChat from a chat (chooseMessageFile: the office sends itself the sheet); on a PC
 * browser (H5) with the file dialog.
 */
import Taro from '@tarojs/taro';
import type { LocalFile } from '@/lib/upload';
import { PickCancelled } from '@/lib/upload';

function pickInBrowser(): Promise<LocalFile> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.style.display = 'none';
    input.setAttribute('data-testid', 'sheet-input');
    input.onchange = () => {
      const file = input.files?.[0];
      input.remove();
      if (file) resolve({ filePath: file.name, blob: file });
      else reject(new PickCancelled('cancelled'));
    };
    document.body.appendChild(input);
    input.click();
  });
}

export async function pickSheet(): Promise<LocalFile> {
  if (process.env.TARO_ENV === 'h5') return pickInBrowser();
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    return { filePath: res.tempFiles[0].path };
  } catch {
    throw new PickCancelled('cancelled');
  }
}
