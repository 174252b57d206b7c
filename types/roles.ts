import { GRANTED_ROLES } from './enums';

/** Roles a person holds in one community. Every member is at least a resident. */
export const ROLES = ['resident', ...GRANTED_ROLES] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  volunteer: '志愿者',
  grid_worker: '微网格员',
  staff: '社区工作者',
  committee: '基金管委会',
  merchant: '爱心商家',
  admin: '管理员',
};
