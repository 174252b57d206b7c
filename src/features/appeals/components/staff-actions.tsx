import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import {
  APPEAL_LISTS,
  APPEAL_LIST_LABELS,
  type AppealDetail,
  type AppealLinkKind,
  type AppealList,
  type AssigneeView,
} from '@linli/types';
import { ChoiceList } from '@/components/choice-list';
import { Chips } from '@/components/chips';
import { Button } from '@/components/ui';

export interface LinkTargets {
  expense: { id: string; title: string }[];
  event: { id: string; title: string }[];
}

interface Props {
  appeal: AppealDetail;
  assignees: AssigneeView[];
  targets: LinkTargets | null;
  acting: string | null;
  onAssign: (responsibleId: string, reason?: string) => void;
  onSort: (list: AppealList | null) => void;
  onLink: (kind: AppealLinkKind, targetId: string, remove?: boolean) => void;
  onLoadTargets: () => void;
}

const ROLE_NAMES: Record<string, string> = { staff: '工作人员', admin: '管理员', grid_worker: '网格员' };

/** Staff only: 第一责任人 (a reason to change one), the three lists, and a 项目's expenses and events. */
export function StaffActions(p: Props) {
  const a = p.appeal;
  const [who, setWho] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState<AppealLinkKind>('expense');
  const reassign = !!a.responsibleId;
  return (
    <View className="card ap-actions">
      {a.can.assign ? (
        <View>
          <Text className="field-label">
            {reassign ? `更换第一责任人（现在：${a.responsibleName}）` : '确定第一责任人'}
          </Text>
          <ChoiceList
            label="责任人"
            value={who}
            onChange={setWho}
            choices={p.assignees
              .filter((x) => x.userId !== a.responsibleId)
              .map((x) => ({
                value: x.userId,
                title: x.name,
                note: x.roles
                  .map((r) => ROLE_NAMES[r] ?? '')
                  .filter(Boolean)
                  .join('、'),
              }))}
          />
          {reassign ? (
            <Textarea
              className="ap-textarea"
              value={reason}
              maxlength={200}
              placeholder="更换的原因（必填）"
              onInput={(e) => setReason(e.detail.value)}
            />
          ) : null}
          <View className="row-gap">
            <Button
              type="primary"
              size="large"
              block
              disabled={!who || (reassign && !reason.trim())}
              loading={p.acting === 'assign'}
              onClick={() => who && p.onAssign(who, reassign ? reason.trim() : undefined)}
            >
              {reassign ? '确认更换' : '确定责任人'}
            </Button>
          </View>
        </View>
      ) : null}
      {a.can.sort ? (
        <View>
          <Text className="field-label">归入清单</Text>
          <Chips
            label="清单"
            value={a.list ?? 'none'}
            onChange={(v) => p.onSort(v === 'none' ? null : (APPEAL_LISTS.find((l) => l === v) ?? null))}
            options={[
              ...APPEAL_LISTS.map((l) => ({ value: l as string, label: APPEAL_LIST_LABELS[l] })),
              { value: 'none', label: '不列入' },
            ]}
          />
        </View>
      ) : null}
      {a.can.link && a.list === 'projects' ? (
        <View>
          <Text className="field-label">关联的支出和活动</Text>
          {a.links.map((l) => (
            <View key={`${l.kind}-${l.id}`} className="ap-voice">
              <Text className="ap-place">
                {l.kind === 'expense' ? '支出' : '活动'}：{l.title}
              </Text>
              <Button size="small" fill="outline" onClick={() => p.onLink(l.kind, l.id, true)}>
                取消关联
              </Button>
            </View>
          ))}
          {p.targets ? (
            <View>
              <Chips
                label="关联类型"
                value={kind}
                onChange={setKind}
                options={[
                  { value: 'expense' as const, label: '微基金支出' },
                  { value: 'event' as const, label: '活动' },
                ]}
              />
              <ChoiceList
                label="关联对象"
                value={null}
                onChange={(id) => p.onLink(kind, id)}
                choices={p.targets[kind]
                  .filter((t) => !a.links.some((l) => l.kind === kind && l.id === t.id))
                  .map((t) => ({ value: t.id, title: t.title }))}
              />
            </View>
          ) : (
            <Button size="large" block fill="outline" onClick={p.onLoadTargets}>
              关联支出或活动
            </Button>
          )}
        </View>
      ) : null}
    </View>
  );
}
