/**
 * Hands a file from a function (base64) to the person: a download in H5; in WeChat, written to the
 * user data folder and opened (from there it can be forwarded to a chat or saved).
 */
import Taro from '@tarojs/taro';
import type { ExportFile } from '@linli/types';
import { CloudError } from './cloud-error';

function downloadInBrowser(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function openInWeChat(file: ExportFile): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.filename}`;
  await new Promise<void>((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: file.base64,
      encoding: 'base64',
      success: () => resolve(),
      fail: (err) => reject(new Error(err.errMsg)),
    }),
  );
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
}

export async function saveFile(file: ExportFile): Promise<void> {
  try {
    if (process.env.TARO_ENV === 'h5') downloadInBrowser(file);
    else await openInWeChat(file);
  } catch {
    throw new CloudError('FILE.SAVE_FAILED', '名单文件没有保存成功，请稍后再试');
  }
}
