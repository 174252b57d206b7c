/** Uploads from the app: raw bytes to POST /files, or cloud storage then files.register; the picker. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { chooseAndUpload, fileUrl, uploadFile } from '@/lib/upload';
import { CloudError } from '@/lib/cloud-error';
import { setToken } from '@/lib/token';
import { PhotoPicker } from '@/components/photo-picker';

const request = Taro.request as unknown as jest.Mock;
const callFunction = Taro.cloud.callFunction as unknown as jest.Mock;
const taro = Taro as unknown as Record<string, unknown> & { cloud: Record<string, unknown> };
const g = globalThis as unknown as { LINLI_CLOUD_ENV: string };
const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]).buffer;
const target = { communityId: 'bijiqiao', purpose: 'appeal_photo' as const };

beforeEach(() => {
  taro.getFileSystemManager = () => ({
    readFile: ({ success }: { success: (r: { data: ArrayBuffer }) => void }) => success({ data: bytes }),
  });
  taro.chooseImage = jest.fn();
  taro.previewImage = jest.fn();
  taro.cloud.uploadFile = jest.fn();
});
afterEach(() => {
  g.LINLI_CLOUD_ENV = '';
  delete process.env.TARO_ENV;
});

const reply = (statusCode: number, data: unknown) => Promise.resolve({ statusCode, data, header: {} });

it('posts the raw bytes to /files with the session token and returns the id and URL', async () => {
  setToken('tok-1');
  request.mockReturnValueOnce(
    reply(200, { ok: true, data: { fileId: 'f1', url: '/files/bijiqiao/f1?exp=1&sig=s' } }),
  );
  const out = await uploadFile(target, { filePath: 'wxfile://tmp/a.jpg' });
  expect(out.fileId).toBe('f1');
  const opts = request.mock.calls[0][0];
  expect(opts.url).toBe('http://api.test/files?communityId=bijiqiao&purpose=appeal_photo');
  expect(opts.data).toBe(bytes);
  expect(opts.header).toMatchObject({
    Authorization: 'Bearer tok-1',
    'content-type': 'application/octet-stream',
  });
  expect(fileUrl(out.url)).toBe('http://api.test/files/bijiqiao/f1?exp=1&sig=s');
  expect(fileUrl('https://tmp.example/x')).toBe('https://tmp.example/x');
});

it('in H5 sends the chosen File itself through the browser fetch (no blob: URL fetch, which the CSP forbids)', async () => {
  process.env.TARO_ENV = 'h5';
  const photo = { arrayBuffer: () => Promise.resolve(bytes) } as unknown as Blob;
  (taro.chooseImage as jest.Mock).mockResolvedValue({
    tempFilePaths: ['blob:http://x/1'],
    tempFiles: [{ path: 'blob:http://x/1', originalFileObj: photo }],
  });
  const fetchMock = jest.fn().mockResolvedValue({
    status: 200,
    json: () => Promise.resolve({ ok: true, data: { fileId: 'h1', url: '/files/c/h1' } }),
  });
  const g2 = globalThis as unknown as { fetch: unknown };
  const realFetch = g2.fetch;
  g2.fetch = fetchMock;
  try {
    const done = await chooseAndUpload({ ...target, count: 6 });
    expect(done).toEqual([{ fileId: 'h1', url: '/files/c/h1' }]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('http://api.test/files?communityId=bijiqiao&purpose=appeal_photo');
    expect(init).toMatchObject({ method: 'POST', body: bytes });
  } finally {
    g2.fetch = realFetch;
  }
});

it("shows the server's Chinese refusal (wrong type) as a CloudError", async () => {
  request.mockReturnValueOnce(
    reply(415, { ok: false, error: { code: 'FILES.BAD_TYPE', message: '文件格式不支持' } }),
  );
  const err = await uploadFile(target, { filePath: 'wxfile://tmp/a.gif' }).catch((e) => e);
  expect(err).toBeInstanceOf(CloudError);
  expect(err).toMatchObject({ code: 'FILES.BAD_TYPE', message: '文件格式不支持' });
});

it('in WeChat with a cloud env, uploads to cloud storage under the community and registers the fileID', async () => {
  process.env.TARO_ENV = 'weapp';
  g.LINLI_CLOUD_ENV = 'env-1';
  (taro.cloud.uploadFile as jest.Mock).mockResolvedValue({
    fileID: 'cloud://env-1.b/uploads/bijiqiao/x.aac',
  });
  callFunction.mockResolvedValue({ result: { ok: true, data: { fileId: 'f2', url: 'https://tmp/x' } } });
  const out = await uploadFile(
    { communityId: 'bijiqiao', purpose: 'appeal_voice' },
    { filePath: 'wxfile://tmp/rec.aac', durationMs: 12345.6 },
  );
  expect(out).toEqual({ fileId: 'f2', url: 'https://tmp/x' });
  expect((taro.cloud.uploadFile as jest.Mock).mock.calls[0][0].cloudPath).toMatch(
    /^uploads\/bijiqiao\/[\w-]+\.aac$/,
  );
  const sent = callFunction.mock.calls[0][0];
  expect(sent.name).toBe('files');
  expect(sent.data).toMatchObject({
    action: 'register',
    data: {
      communityId: 'bijiqiao',
      purpose: 'appeal_voice',
      cloudFileId: 'cloud://env-1.b/uploads/bijiqiao/x.aac',
      durationMs: 12346,
    },
    requestKey: expect.any(String),
  });
});

it('keeps the photos that went up when a later one fails, and says why', async () => {
  (taro.chooseImage as jest.Mock).mockResolvedValue({ tempFilePaths: ['a.jpg', 'b.jpg', 'c.jpg'] });
  request
    .mockReturnValueOnce(reply(200, { ok: true, data: { fileId: 'a', url: '/files/c/a' } }))
    .mockReturnValueOnce(reply(413, { ok: false, error: { code: 'FILES.TOO_LARGE', message: '文件太大了' } }))
    .mockReturnValueOnce(reply(200, { ok: true, data: { fileId: 'c', url: '/files/c/c' } }));
  const errors: string[] = [];
  const done = await chooseAndUpload({ ...target, count: 3, onError: (e) => errors.push(e.message) });
  expect(done.map((f) => f.fileId)).toEqual(['a', 'c']);
  expect(errors).toEqual(['文件太大了']);
});

describe('PhotoPicker', () => {
  const two = [
    { fileId: 'p1', url: '/files/c/p1' },
    { fileId: 'p2', url: '/files/c/p2' },
  ];

  it('shows thumbnails, removes one with 删除, and offers to add more until the limit', async () => {
    const onChange = jest.fn();
    const { rerender } = render(
      <PhotoPicker communityId="bijiqiao" purpose="appeal_photo" max={3} value={two} onChange={onChange} />,
    );
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('src'))).toEqual([
      'http://api.test/files/c/p1',
      'http://api.test/files/c/p2',
    ]);
    fireEvent.click(screen.getAllByText('删除')[0]);
    expect(onChange).toHaveBeenCalledWith([two[1]]);
    expect(screen.getByText('已选 2 张，最多 3 张')).toBeTruthy();

    (taro.chooseImage as jest.Mock).mockResolvedValue({ tempFilePaths: ['n.jpg'] });
    request.mockReturnValueOnce(reply(200, { ok: true, data: { fileId: 'p3', url: '/files/c/p3' } }));
    fireEvent.click(screen.getByText('拍照或选照片'));
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith([...two, { fileId: 'p3', url: '/files/c/p3' }]),
    );
    expect((taro.chooseImage as jest.Mock).mock.calls[0][0].count).toBe(1);

    rerender(
      <PhotoPicker communityId="bijiqiao" purpose="appeal_photo" max={2} value={two} onChange={onChange} />,
    );
    expect(screen.queryByText('拍照或选照片')).toBeNull();
  });

  it('keeps a refusal on the page instead of a toast', async () => {
    (taro.chooseImage as jest.Mock).mockResolvedValue({ tempFilePaths: ['big.jpg'] });
    request.mockReturnValueOnce(
      reply(413, { ok: false, error: { code: 'FILES.TOO_LARGE', message: '文件太大了：照片不超过 5 MB' } }),
    );
    render(
      <PhotoPicker communityId="bijiqiao" purpose="appeal_photo" max={6} value={[]} onChange={jest.fn()} />,
    );
    fireEvent.click(screen.getByText('拍照或选照片'));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '文件太大了：照片不超过 5 MB');
  });
});
