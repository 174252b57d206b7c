/** Build-time constants the app adds beside those in types/global.d.ts (set in config/index.ts). */

/** 订阅消息 template id for event reminders; '' = never ask. */
declare const LINLI_TMPL_REMINDER: string;
