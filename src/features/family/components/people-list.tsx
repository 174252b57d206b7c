import type { FamilyPerson } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { formatDate } from '@/lib/format';

interface Props {
  title: string;
  people: FamilyPerson[];
  empty: string;
  busy: boolean;
  onUnlink: (p: FamilyPerson) => void;
  /** For the elders I help: open their sign-ups. */
  onOpen?: (p: FamilyPerson) => void;
}

export function PeopleList({ title, people, empty, busy, onUnlink, onOpen }: Props) {
  return (
    <View>
      <Text className="section-title">{title}</Text>
      {people.length === 0 ? <Text className="muted family__empty">{empty}</Text> : null}
      {people.map((p) => (
        <View key={p.linkId} className="card">
          <Text className="family__name">{p.name}</Text>
          <Text className="muted">{formatDate(p.linkedAt)} 关联</Text>
          {onOpen ? (
            <View className="row-gap">
              <Button type="primary" size="large" block onClick={() => onOpen(p)}>
                替{p.name}报名、看报名
              </Button>
            </View>
          ) : null}
          <View className="row-gap">
            <Button size="large" block fill="outline" disabled={busy} onClick={() => onUnlink(p)}>
              解除关联
            </Button>
          </View>
        </View>
      ))}
    </View>
  );
}
