/**
 * Every error code the functions can answer with, its HTTP status and the Chinese message people see.
 * One namespace per domain. The app shows `message`; tests assert `code`.
 */
export const ERRORS = {
  'AUTH.REQUIRED': { status: 401, message: '请先登录后再操作' },
  'AUTH.INVALID_TOKEN': { status: 401, message: '登录已失效，请重新登录' },
  'AUTH.IDENTITY_IN_BODY': { status: 403, message: '请求中不能携带身份信息' },
  'AUTH.FORBIDDEN': { status: 403, message: '您没有进行此操作的权限' },
  'AUTH.DEV_LOGIN_DISABLED': { status: 403, message: '当前环境不提供开发登录' },
  'COMMUNITY.NOT_FOUND': { status: 404, message: '没有找到这个社区' },
  'COMMUNITY.NOT_MEMBER': { status: 403, message: '您还不是这个社区的居民，请先加入社区' },
  'COMMUNITY.ESTATE_NOT_FOUND': { status: 400, message: '所选小区不属于这个社区' },
  'INPUT.INVALID': { status: 400, message: '填写的内容有误，请检查后再提交' },
  'INPUT.UNKNOWN_FUNCTION': { status: 404, message: '没有这个服务' },
  'INPUT.UNKNOWN_ACTION': { status: 404, message: '没有这个操作' },
  'INPUT.BODY_TOO_LARGE': { status: 413, message: '提交的内容太大了' },
  'INPUT.BAD_JSON': { status: 400, message: '请求格式不正确' },
  'INPUT.BAD_TEXT': { status: 400, message: '内容里有无法保存的字符，请删除后再提交' },
  'INPUT.HIDDEN_TEXT': { status: 400, message: '文字里有看不见的控制字符或改变文字方向的字符，请删掉后重新输入' },
  'INPUT.TIME_RANGE': { status: 400, message: '时间超出范围，请填写 2000 年至 2099 年之间的时间' },
  'INPUT.BAD_URL': { status: 400, message: '链接不对：请在小程序里上传图片，或使用允许的网址' },
  'INPUT.WRONG_METHOD': { status: 405, message: '请求方式不对，服务只接受 POST 请求' },
  'INPUT.HEADERS_TOO_LARGE': { status: 431, message: '请求头太大了' },
  'REQUEST.KEY_REQUIRED': { status: 400, message: '请求缺少编号，请更新小程序后重试' },
  'REQUEST.KEY_REUSED': { status: 409, message: '这个请求编号已用于另一项操作' },
  'EVENTS.NOT_FOUND': { status: 404, message: '没有找到这个活动' },
  'EVENTS.NOT_PUBLISHED': { status: 409, message: '活动还未发布或已结束' },
  'EVENTS.NOT_OPEN_YET': { status: 409, message: '报名还没有开始，请留意开放时间' },
  'EVENTS.CLOSED': { status: 409, message: '报名已经截止' },
  'EVENTS.FULL': { status: 409, message: '名额已满，本活动不设候补' },
  'EVENTS.ALREADY_REGISTERED': { status: 409, message: '您已经报过名了' },
  'EVENTS.PARTY_TOO_LARGE': { status: 400, message: '同行人数超过了活动允许的人数' },
  'EVENTS.TOO_YOUNG': { status: 403, message: '本活动只面向达到年龄要求的居民' },
  'EVENTS.BIRTH_YEAR_REQUIRED': { status: 409, message: '本活动有年龄要求，请先在“我的”中填写出生年份' },
  'EVENTS.ESTATE_NOT_ELIGIBLE': { status: 403, message: '本活动只面向指定小区的居民' },
  'EVENTS.INVALID_TIMES': { status: 400, message: '活动时间不合理：请确认开始早于结束，报名在活动开始前截止' },
  'EVENTS.CAPACITY_BELOW_TAKEN': { status: 409, message: '名额不能少于已经报名的人数' },
  'EVENTS.BAD_STATUS_CHANGE': { status: 409, message: '活动当前的状态不允许这样操作' },
  'EVENTS.ESTATE_UNKNOWN': { status: 400, message: '所选小区不属于本社区' },
  'EVENTS.REGISTRATION_NOT_FOUND': { status: 404, message: '没有找到这条报名' },
  'EVENTS.CANCEL_DEADLINE_PASSED': { status: 409, message: '已过取消截止时间，如需取消请联系社区工作人员' },
  'EVENTS.ALREADY_CANCELLED': { status: 409, message: '这条报名已经取消了' },
  'EVENTS.ALREADY_CHECKED_IN': { status: 409, message: '已经签到，不能再取消' },
  'EVENTS.TICKET_INVALID': { status: 400, message: '二维码无效或已被改动，请让居民出示小程序里的报名二维码' },
  'EVENTS.TICKET_FOREIGN': { status: 403, message: '这是其他社区的报名二维码' },
  'EVENTS.TICKET_OTHER_EVENT': { status: 409, message: '这张票不是本场活动的，不能在这里签到' },
  'EVENTS.NOT_CHECKABLE': { status: 409, message: '这条报名是候补或已取消，不能签到' },
  'EVENTS.NOT_STARTED': { status: 409, message: '活动还没有开始，不能确认出席' },
  'EVENTS.ROLE_NOT_FOUND': { status: 404, message: '没有找到这个志愿岗位' },
  'EVENTS.ROLE_FULL': { status: 409, message: '这个志愿岗位已经报满了' },
  'EVENTS.SHIFT_NOT_FOUND': { status: 404, message: '没有找到这条志愿服务记录' },
  'EVENTS.SHIFT_NOT_CHECKED_IN': { status: 409, message: '志愿者还没有签到' },
  'EVENTS.ATTENDANCE_CONFIRMED': { status: 409, message: '出席已经确认，不能再修改' },
  'EVENTS.CLAIM_NOT_FOUND': { status: 404, message: '认领码不正确，请核对代报名回执上的 8 位认领码' },
  'EVENTS.CLAIM_USED': { status: 409, message: '这张回执已经被认领过了' },
  'FAMILY.CODE_INVALID': { status: 404, message: '家人码不对或已过期，请让家人重新生成一个' },
  'FAMILY.CODE_USED': { status: 409, message: '这个家人码已经用过了，请让家人重新生成一个' },
  'FAMILY.SELF_LINK': { status: 400, message: '不能把自己添加为家人' },
  'FAMILY.TOO_MANY': { status: 409, message: '最多只能关联 5 位家人' },
  'FAMILY.NOT_LINKED': { status: 403, message: '您还没有和这位家人关联，不能替他报名或查看' },
  'FAMILY.LINK_NOT_FOUND': { status: 404, message: '没有找到这条家人关联' },
  'FAMILY.TOO_MANY_TRIES': { status: 429, message: '家人码输错次数太多，请 15 分钟后再试' },
  'FAMILY.COMMUNITY_TRIES': { status: 429, message: '本社区最近输错家人码的次数太多，为了安全请 15 分钟后再试' },
  'POINTS.INSUFFICIENT': { status: 409, message: '积分不足' },
  'POINTS.RESIDENT_NOT_FOUND': { status: 404, message: '没有找到这位居民' },
  'POINTS.APPLICATION_PENDING': { status: 409, message: '您的志愿者认证正在审核中，请耐心等待' },
  'POINTS.ALREADY_VOLUNTEER': { status: 409, message: '您已经是认证志愿者了' },
  'POINTS.APPLICATION_NOT_FOUND': { status: 404, message: '没有找到这份志愿者认证申请' },
  'POINTS.APPLICATION_DECIDED': { status: 409, message: '这份申请已经审核过了' },
  'FUND.INSUFFICIENT': { status: 409, message: '社区微基金余额不足' },
  'FUND.POINTS_NOT_COVERED': { status: 409, message: '微基金余额不足以兑付已发放的积分，暂不能发放或兑换，请先补充基金' },
  'FUND.EXPENSE_NOT_FOUND': { status: 404, message: '没有找到这笔支出申请' },
  'FUND.SELF_APPROVAL': { status: 403, message: '不能审批自己提交的支出申请' },
  'FUND.ALREADY_DECIDED': { status: 409, message: '您已经审批过这笔支出了' },
  'FUND.NOT_APPROVED': { status: 409, message: '这笔支出还没有得到足够的审批，不能支付' },
  'FUND.EXPENSE_CLOSED': { status: 409, message: '这笔支出已经支付或被驳回' },
  'SHOP.ITEM_NOT_FOUND': { status: 404, message: '没有找到这件商品' },
  'SHOP.OUT_OF_STOCK': { status: 409, message: '这件商品已经兑完了' },
  'SHOP.REDEMPTION_NOT_FOUND': { status: 404, message: '没有找到这张兑换券，请核对兑换码' },
  'SHOP.NOT_YOUR_ITEM': { status: 403, message: '这张兑换券不是您店里的商品' },
  'SHOP.ALREADY_FULFILLED': { status: 409, message: '这张兑换券已经核销过了' },
  'SHOP.ALREADY_CANCELLED': { status: 409, message: '这张兑换券已经取消了' },
  'PRIVACY.NOT_YOURS': { status: 403, message: '只能查看和删除您自己的数据' },
  'RATE.LIMITED': { status: 429, message: '操作太频繁了，请稍后再试' },
  'SERVER.INTERNAL': { status: 500, message: '服务暂时出了点问题，请稍后再试' },
  'SERVER.UNAVAILABLE': { status: 503, message: '服务暂时不可用，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}

export function errorMessage(code: string): string {
  return isErrorCode(code) ? ERRORS[code].message : ERRORS['SERVER.INTERNAL'].message;
}

export function errorStatus(code: string): number {
  return isErrorCode(code) ? ERRORS[code].status : 500;
}
