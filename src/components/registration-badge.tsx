import type { RegistrationView } from '@linli/types';
import { Text } from '@tarojs/components';

type RegInfo = Pick<RegistrationView, 'status' | 'seatNo' | 'waitlistPosition'>;

export function registrationLabel(r: RegInfo): string {
  if (r.status === 'confirmed') return r.seatNo ? `已报名·座位${r.seatNo}` : '已报名';
  if (r.status === 'waitlisted') return r.waitlistPosition ? `候补第${r.waitlistPosition}位` : '候补中';
  return '已取消';
}

export function RegistrationBadge({ registration }: { registration: RegInfo }) {
  return <Text className={`badge badge--reg-${registration.status}`}>{registrationLabel(registration)}</Text>;
}
