import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { quarterTitle, type SurveyTargetKind, type UploadedFile } from '@linli/types';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { TargetHead, useSurveyManageStore } from '@/features/surveys';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { PhotoPicker } from '@/components/photo-picker';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const KINDS: { value: SurveyTargetKind; label: string }[] = [
  { value: 'cadre', label: '社区干部' },
  { value: 'project', label: '完成项目' },
];

/** Staff: open this quarter's round, add cadres (name, photo, duties) and finished projects, close it. */
export default function SurveyManagePage() {
  const store = useSurveyManageStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => store.load(s.communityId));
  const [title, setTitle] = useState(quarterTitle(new Date()));
  const [kind, setKind] = useState<SurveyTargetKind>('cadre');
  const [cadreId, setCadreId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [about, setAbout] = useState('');
  const [photo, setPhoto] = useState<UploadedFile[]>([]);
  if (!store.loaded || !communityId) {
    return (
      <Page>
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      </Page>
    );
  }
  const open = store.rounds.find((r) => r.status === 'open') ?? null;
  const add = async () => {
    if (!open) return;
    const ok = await store.add({
      communityId,
      roundId: open.id,
      kind,
      name: name.trim(),
      about: about.trim(),
      ...(kind === 'cadre' && cadreId ? { cadreId } : {}),
      ...(photo[0] ? { photoFileId: photo[0].fileId } : {}),
    });
    if (ok) {
      setName('');
      setAbout('');
      setPhoto([]);
      setCadreId(null);
    }
  };
  const closeOpen = async () => {
    if (!open) return;
    const { confirm } = await Taro.showModal({
      title: '结束本轮测评？',
      content: '结束后居民不能再评价，结果随即公布。',
    });
    if (confirm) await store.close(communityId, open.id);
  };
  return (
    <Page className="survey-manage">
      <Text className="section-title">民心测评管理</Text>
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice>{store.actionError}</Notice> : null}
      {open ? (
        <View>
          <View className="card">
            <Text className="field-label">进行中：{open.title}</Text>
            <Text className="muted">
              已有 {open.raters} 位居民参评；结束后公布结果（每个对象满 10 人评价才公布）。
            </Text>
          </View>
          {open.targets.map((t) => (
            <View key={t.id} className="card survey-target">
              <TargetHead target={t} />
              <View className="row-gap">
                <Button
                  fill="outline"
                  loading={store.busyId === t.id}
                  onClick={() => void store.remove(communityId, open.id, t.id)}
                >
                  删除（仅限还没人评价的）
                </Button>
              </View>
            </View>
          ))}
          <View className="card">
            <Text className="field-label">添加测评对象</Text>
            <Chips label="对象类型" value={kind} options={KINDS} onChange={setKind} />
            {kind === 'cadre' ? (
              <Chips
                label="选择社区干部"
                value={cadreId}
                options={store.cadres.map((c) => ({ value: c.userId, label: c.name }))}
                onChange={(id) => {
                  setCadreId(id);
                  setName(store.cadres.find((c) => c.userId === id)?.name ?? '');
                }}
              />
            ) : null}
            <TextField
              label={kind === 'cadre' ? '姓名' : '项目名称'}
              value={name}
              onChange={setName}
              maxLength={40}
            />
            <Text className="field-label">{kind === 'cadre' ? '职责' : '项目说明'}</Text>
            <Textarea
              className="survey-words"
              value={about}
              maxlength={500}
              onInput={(e) => setAbout(e.detail.value)}
            />
            <Text className="field-label">照片（可不传）</Text>
            <PhotoPicker
              communityId={communityId}
              purpose="survey_photo"
              max={1}
              value={photo}
              onChange={setPhoto}
            />
            <View className="row-gap">
              <Button
                block
                size="large"
                type="primary"
                disabled={!name.trim() || (kind === 'cadre' && !cadreId)}
                loading={store.busyId === 'add'}
                onClick={() => void add()}
              >
                添加
              </Button>
            </View>
          </View>
          <View className="row-gap">
            <Button
              block
              size="large"
              type="danger"
              loading={store.busyId === open.id}
              onClick={() => void closeOpen()}
            >
              结束本轮测评并公布结果
            </Button>
          </View>
        </View>
      ) : (
        <View className="card">
          <TextField label="新一轮测评名称" value={title} onChange={setTitle} maxLength={30} />
          <View className="row-gap">
            <Button
              block
              size="large"
              type="primary"
              disabled={!title.trim()}
              loading={store.busyId === 'open'}
              onClick={() => void store.open(communityId, title.trim())}
            >
              开启民心测评
            </Button>
          </View>
        </View>
      )}
      <View className="row-gap">
        <Button
          block
          size="large"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.surveysResults() })}
        >
          查看测评结果
        </Button>
      </View>
      <View className="row-gap">
        <Button
          block
          size="large"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.surveysPaper })}
        >
          录入纸质测评表
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
