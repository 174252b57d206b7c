/** The one configured dayjs: zh-cn, utc + timezone, Asia/Shanghai. Imported by whoever formats dates. */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');
dayjs.tz.setDefault('Asia/Shanghai');

export const TZ = 'Asia/Shanghai';

/** An ISO UTC timestamp seen in Chengdu. */
export function local(iso: string | number | Date): dayjs.Dayjs {
  return dayjs(iso).tz(TZ);
}

export default dayjs;
