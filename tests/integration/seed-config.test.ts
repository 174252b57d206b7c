/** Issue 15: a production start never writes the demo community into a real database unless asked. */
import { readConfig, seedWanted } from '../../server/runtime/config';
import { COMMUNITY, DONATIONS } from '../../server/seed/demo-data';
import { DONATION_SOURCE_LABELS } from '@linli/types';

describe('the demo seed on start', () => {
  it('seeds a local start on the embedded database unless LINLI_SEED=0', () => {
    expect(seedWanted('local', {})).toBe(true);
    expect(seedWanted('local', { LINLI_SEED: '0' })).toBe(false);
    expect(readConfig({}).seed).toBe(true);
  });

  it('never seeds hosting mode or any DATABASE_URL, unless LINLI_SEED=demo', () => {
    const url = 'postgres://u@db:5432/linli';
    expect(readConfig({ LINLI_MODE: 'hosting', DATABASE_URL: url }).seed).toBe(false);
    expect(readConfig({ DATABASE_URL: url }).seed).toBe(false);
    // LINLI_SEED=1 (or anything but "demo") is not an explicit request in production.
    expect(readConfig({ DATABASE_URL: url, LINLI_SEED: '1' }).seed).toBe(false);
    expect(readConfig({ LINLI_MODE: 'hosting', DATABASE_URL: url, LINLI_SEED: 'demo' }).seed).toBe(true);
    expect(readConfig({ DATABASE_URL: url, LINLI_SEED: 'demo' }).seed).toBe(true);
  });
});

describe('the demo data, true to the article', () => {
  it('places 碧鸡桥社区 in 都江堰市天马镇 and names 社区自筹 among its fund sources', () => {
    expect(COMMUNITY).toMatchObject({ name: '碧鸡桥社区', district: '都江堰市', street: '天马镇' });
    const labels = DONATIONS.map((d) => DONATION_SOURCE_LABELS[d.source]);
    expect(labels).toContain('社区自筹');
  });
});
