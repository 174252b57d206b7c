/**
 * WeChat compresses chosen photos itself (`sizeType: ['compressed']`), so here a photo goes as it is.
 * The browser build (shrink-photo.h5.ts) scales large camera photos down before upload.
 */
export async function shrinkPhoto(data: ArrayBuffer): Promise<ArrayBuffer> {
  return data;
}
