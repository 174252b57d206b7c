/** Build-time constants the app adds beside those in types/global.d.ts (set in config/index.ts). */

/** 订阅消息 template id for event reminders; '' = never ask. */
declare const LINLI_TMPL_REMINDER: string;
/** 订阅消息 template ids of the other notices asked for at the matching tap; '' = never ask. */
declare const LINLI_TMPL_PROMOTED: string;
declare const LINLI_TMPL_CANCELLED: string;
declare const LINLI_TMPL_REDEMPTION: string;
declare const LINLI_TMPL_VOLUNTEER: string;
declare const LINLI_TMPL_APPEAL: string;
