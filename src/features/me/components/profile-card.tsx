import { ROLE_LABELS, type Me, type Membership } from '@linli/types';
import { Text, View } from '@tarojs/components';

interface Props {
  me: Me;
  membership: Membership | null;
}

export function ProfileCard({ me, membership }: Props) {
  const home = membership
    ? [membership.estateName, membership.building, membership.unit].filter(Boolean).join(' ')
    : '';
  return (
    <View className="card profile">
      <Text className="profile__name">{me.name || me.nickname || '未填写姓名'}</Text>
      <Text className="profile__line">手机：{me.phoneMasked ?? '未填写'}</Text>
      <Text className="profile__line">出生年份：{me.birthYear ? `${me.birthYear} 年` : '未填写'}</Text>
      {membership ? (
        <>
          <Text className="profile__line">社区：{membership.communityName}</Text>
          {home ? <Text className="profile__line">住址：{home}</Text> : null}
          <View className="profile__roles">
            {membership.roles.map((r) => (
              <Text key={r} className="profile__role">
                {ROLE_LABELS[r]}
              </Text>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}
