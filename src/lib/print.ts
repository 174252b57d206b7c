/** H5 only: the browser's print dialog (a grid worker prints the slip for an elder). */
export function canPrint(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && typeof window.print === 'function';
}

export function printPage(): void {
  if (canPrint()) window.print();
}
