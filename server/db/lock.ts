/**
 * PGlite has no lock of its own and two processes on one data directory corrupt it silently,
 * so the runtime takes `<dataDir>.lock` (created exclusively) holding its pid.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DirLock {
  file: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dataDir} 正被另一个 Linli 进程 (pid ${pid}) 使用：同一份数据只能由一个进程打开。` +
        `请先停止那个进程 (Ctrl-C 或 kill ${pid})，再重新启动。`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(dataDir: string): DirLock {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirLockedError(dataDir, pid);
      }
      // The holder died (kill -9, power loss): the lock is stale; take it over.
      fs.unlinkSync(file);
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
