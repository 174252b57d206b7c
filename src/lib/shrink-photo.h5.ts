/**
 * Browsers upload a camera photo as taken (often 4–10 MB, over the 5 MB cap): one larger than
 * SHRINK_ABOVE is redrawn at most MAX_EDGE px on its long side as a JPEG, upright (the browser
 * applies the Exif orientation). Anything that fails sends the original; the server still checks it.
 */
const SHRINK_ABOVE = 1.5 * 1024 * 1024;
const MAX_EDGE = 2048;

export async function shrinkPhoto(data: ArrayBuffer): Promise<ArrayBuffer> {
  if (data.byteLength <= SHRINK_ABOVE || typeof createImageBitmap !== 'function') return data;
  try {
    const bitmap = await createImageBitmap(new Blob([data]), { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob && blob.size < data.byteLength ? await blob.arrayBuffer() : data;
  } catch {
    return data;
  }
}
