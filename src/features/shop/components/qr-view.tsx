import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { create } from 'qrcode/lib/core/qrcode';

/** Dark runs of each row: [start, length] pairs, so a 21×21 code is ~150 Views, not 441. */
export function qrRuns(text: string): { size: number; rows: [number, number][][] } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const rows: [number, number][][] = [];
  for (let r = 0; r < modules.size; r++) {
    const runs: [number, number][] = [];
    let start = -1;
    for (let c = 0; c <= modules.size; c++) {
      const dark = c < modules.size && modules.get(r, c);
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        runs.push([start, c - start]);
        start = -1;
      }
    }
    rows.push(runs);
  }
  return { size: modules.size, rows };
}

/**
 * The code as a QR drawn with plain Views (percent sizes): no canvas, so it renders the same in
 * WeChat and H5 and needs no image download.
 */
export function QrView({ text, label }: { text: string; label: string }) {
  const { size, rows } = useMemo(() => qrRuns(text), [text]);
  const quiet = 2;
  const total = size + quiet * 2;
  const pct = (n: number) => `${((n * 100) / total).toFixed(3)}%`;
  return (
    <View className="shop-qr" role="img" aria-label={label}>
      {rows.map((runs, r) =>
        runs.map(([c, len]) => (
          <View
            key={`${r}-${c}`}
            className="shop-qr__dot"
            style={{ top: pct(r + quiet), left: pct(c + quiet), width: pct(len + 0.04), height: pct(1.04) }}
          />
        )),
      )}
    </View>
  );
}
