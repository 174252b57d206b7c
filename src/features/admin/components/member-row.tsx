import { Text, View } from '@tarojs/components';
import { GRANTED_ROLES, ROLE_LABELS, type AdminMember, type GrantedRole } from '@linli/types';
import { Button } from '@/components/ui';

interface Props {
  member: AdminMember;
  busy: boolean;
  onChange: (role: GrantedRole, grant: boolean) => void;
}

/** One member with a button per role: filled when held (tap to revoke), outlined when not (tap to grant). */
export function MemberRow({ member: m, busy, onChange }: Props) {
  const place = [m.estateName, m.building, m.unit].filter(Boolean).join(' ');
  return (
    <View className="card admin-member">
      <Text className="admin-member__name">{m.name}</Text>
      <Text className="muted">{[place, m.phoneMasked].filter(Boolean).join(' · ') || '未填写住址'}</Text>
      <View className="admin-member__roles">
        {GRANTED_ROLES.map((role) => {
          const held = m.roles.includes(role);
          return (
            <Button
              key={role}
              size="normal"
              type="primary"
              fill={held ? 'solid' : 'outline'}
              disabled={busy}
              aria-label={`${held ? '撤销' : '任命'}${m.name}为${ROLE_LABELS[role]}`}
              onClick={() => onChange(role, !held)}
            >
              {held ? `✓ ${ROLE_LABELS[role]}` : ROLE_LABELS[role]}
            </Button>
          );
        })}
      </View>
    </View>
  );
}
