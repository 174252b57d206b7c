/** The WeChat cloud storage adapter against a fake of wx-server-sdk's four storage calls. */
import { createCloudStore, type WxCloudStorage } from '../../../server/storage/cloud-store';

function fake(overrides: Partial<WxCloudStorage> = {}) {
  const batches: number[] = [];
  const sdk: WxCloudStorage = {
    uploadFile: jest.fn(async ({ cloudPath }) => ({ fileID: `cloud://e.b/${cloudPath}` })),
    downloadFile: jest.fn(async () => ({ fileContent: Buffer.from('x') })),
    deleteFile: jest.fn(async () => ({})),
    getTempFileURL: jest.fn(async ({ fileList }) => {
      batches.push(fileList.length);
      return {
        fileList: fileList.map((f, i) => ({
          fileID: f.fileID,
          status: i === 1 ? -1 : 0, // the second of each batch is missing
          tempFileURL: i === 1 ? '' : `https://t/${f.fileID.slice(-3)}`,
        })),
      };
    }),
    ...overrides,
  };
  return { sdk, batches, store: createCloudStore(() => sdk) };
}

it('writes checked files under files/<community>/<id> and keeps the fileID as the key', async () => {
  const { store, sdk } = fake();
  expect(await store.put('bijiqiao/abc', Buffer.from('jpeg'), 'image/jpeg')).toBe(
    'cloud://e.b/files/bijiqiao/abc',
  );
  expect(sdk.uploadFile).toHaveBeenCalledWith({
    cloudPath: 'files/bijiqiao/abc',
    fileContent: Buffer.from('jpeg'),
  });
});

it('asks for temp URLs 50 at a time, in order, null where the storage has none', async () => {
  const { store, batches } = fake();
  const ids = Array.from({ length: 120 }, (_, i) => `cloud://e.b/files/c/${String(i).padStart(3, '0')}`);
  const urls = (await store.directUrls(ids, 3600))!;
  expect(batches).toEqual([50, 50, 20]);
  expect(urls).toHaveLength(120);
  expect(urls[0]).toBe('https://t/000');
  expect(urls[1]).toBeNull();
  expect(urls[119]).toBe('https://t/119');
});

it('reads a missing upload as null but lets other storage failures through', async () => {
  const missing = fake({
    downloadFile: async () => {
      throw Object.assign(new Error('storage file not exists'), { errCode: -503003 });
    },
  });
  expect(await missing.store.fetchUpload('cloud://e.b/uploads/c/x.jpg')).toBeNull();
  const down = fake({
    downloadFile: async () => {
      throw Object.assign(new Error('ETIMEDOUT'), { errCode: -501001 });
    },
  });
  await expect(down.store.fetchUpload('cloud://e.b/uploads/c/x.jpg')).rejects.toThrow('ETIMEDOUT');
});
