import { ROLE_LABELS, type DevPerson, type Role } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';

/** Most telling role first: a staff member who also lives here is listed under 社区工作者. */
const ROLE_ORDER: Role[] = [
  'admin',
  'staff',
  'committee',
  'grid_worker',
  'merchant',
  'volunteer',
  'resident',
];

export function groupByRole(people: DevPerson[]): { role: Role; people: DevPerson[] }[] {
  const main = (p: DevPerson) => ROLE_ORDER.find((r) => p.roles.includes(r)) ?? 'resident';
  return ROLE_ORDER.map((role) => ({ role, people: people.filter((p) => main(p) === role) })).filter(
    (g) => g.people.length > 0,
  );
}

interface Props {
  people: DevPerson[];
  pending: string | null;
  onPick: (openid: string) => void;
}

export function DevPeople({ people, pending, onPick }: Props) {
  return (
    <View>
      {groupByRole(people).map((g) => (
        <View key={g.role}>
          <Text className="section-title">{ROLE_LABELS[g.role]}</Text>
          {g.people.map((p) => (
            <View key={p.openid} className="dev__person">
              <Button
                type="primary"
                size="large"
                block
                loading={pending === p.openid}
                onClick={() => onPick(p.openid)}
              >
                以 {p.name} 身份进入
              </Button>
              {p.note ? <Text className="dev__note">{p.note}</Text> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
