/** The encoder alone (no canvas, PNG or file renderers), so the shop subpackage carries ~20 KB, not the whole package. */
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
