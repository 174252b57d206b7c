import type { EventStatus } from '@linli/types';

export const STATUS_LABELS: Record<EventStatus, string> = {
  draft: '草稿（居民看不到）',
  published: '已发布',
  finished: '已结束',
  cancelled: '已取消',
};
