import type { NoticeKind } from '@linli/types';

/** What each 民情诉求 notice says, in the inbox and in the WeChat message's 进度 line. */
export const APPEAL_NOTICE_WORDS: Record<Extract<NoticeKind, `appeal_${string}`>, string> = {
  appeal_new: '新的民情诉求，请及时受理',
  appeal_assigned: '您被确定为这条诉求的第一责任人',
  appeal_closed: '您的诉求已办结，欢迎评价',
  appeal_overdue: '诉求已超时，请尽快处理',
};
