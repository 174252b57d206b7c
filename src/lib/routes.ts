/** Every page path in one place (absolute, as Taro navigation wants them). */
export const ROUTES = {
  home: '/pages/home/index',
  events: '/pages/events/index',
  me: '/pages/me/index',
  join: '/pages/join/index',
  event: (id: string) => `/pages/event/index?id=${encodeURIComponent(id)}`,
  devLogin: '/packages/dev/pages/login/index',
  staffEvents: '/packages/staff/pages/events/index',
  staffRoster: (eventId: string, title: string) =>
    `/packages/staff/pages/roster/index?eventId=${encodeURIComponent(eventId)}&title=${encodeURIComponent(title)}`,
} as const;

/** Route params may arrive encoded (weapp) or decoded (h5); never throw on a stray '%'. */
export function routeParam(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
