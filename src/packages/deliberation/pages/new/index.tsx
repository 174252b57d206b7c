import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { TOPIC_SOURCES, type TopicSource, type UploadedFile } from '@linli/types';
import { useHasRole, useSessionStore } from '@/features/session';
import { MeetingPicker, type ScopePick, ScopePicker, scopeOf, scopeText, SourcePicker, useNewTopicStore } from '@/features/deliberation';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { PhotoPicker } from '@/components/photo-picker';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { ROUTES, routeParam } from '@/lib/routes';

const DAY = 86_400_000;

interface OptionDraft {
  label: string;
  photo: UploadedFile[];
}
const blank = (): OptionDraft => ({ label: '', photo: [] });
const asSource = (v: string): TopicSource => (TOPIC_SOURCES as readonly string[]).includes(v) ? (v as TopicSource) : 'staff';

/**
 * 发起议题 (staff): title, background with up to 6 photos, 2–6 options (each may have a photo), who takes part
 * (全社区, or chosen 小区 and, within them, 楼栋), where it came from (an appeal or 民生项目 — also as `?source=appeal&sourceId=`
 * from an appeal's page), an optional 议事会 event, the rule and how many days it runs.
 */
export default function NewTopicPage() {
  const params = useRouter().params;
  const staff = useHasRole('staff');
  const communityId = useSessionStore((s) => s.communityId);
  const [kind, setKind] = useState<'deliberation' | 'election'>('deliberation');
  const [title, setTitle] = useState('');
  const [background, setBackground] = useState('');
  const [photos, setPhotos] = useState<UploadedFile[]>([]);
  const [options, setOptions] = useState<OptionDraft[]>([blank(), blank(), blank()]);
  const [scope, setScope] = useState<ScopePick | null>(null);
  const [source, setSource] = useState<TopicSource>(() => asSource(routeParam(params.source)));
  const [sourceId, setSourceId] = useState<string | null>(() => (source !== 'staff' && routeParam(params.sourceId)) || null);
  const [meetingEventId, setMeetingEventId] = useState<string | null>(null);
  const [days, setDays] = useState(7);
  const [quorum, setQuorum] = useState(50);
  const [pass, setPass] = useState(50);
  const store = useNewTopicStore();
  const { saving: busy, saveError, estates, loadChoices, loadAppeals, create } = store;
  useEffect(() => {
    if (staff && communityId) void loadChoices(communityId);
  }, [staff, communityId, loadChoices]);
  useEffect(() => {
    if (staff && communityId && source !== 'staff') void loadAppeals(communityId, source);
  }, [staff, communityId, source, loadAppeals]);
  if (!staff || !communityId) return <Page><Notice>只有社区工作人员可以发起议题</Notice><BackHome /></Page>;

  const filled = options.map((o) => ({ ...o, label: o.label.trim() })).filter((o) => o.label);
  const noEstate = scope !== null && Object.keys(scope).length === 0;
  const noSource = source !== 'staff' && !sourceId;
  const chooseSource = (s: TopicSource) => {
    setSource(s);
    setSourceId(null);
  };
  const edit = (i: number, patch: Partial<OptionDraft>) => setOptions(options.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const submit = async () => {
    const now = Date.now();
    const input = {
      communityId,
      kind,
      title: title.trim(),
      background: background.trim(),
      ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}),
      source,
      ...(source !== 'staff' && sourceId ? { sourceId } : {}),
      ...(meetingEventId ? { meetingEventId } : {}),
      scope: scopeOf(scope),
      options: filled.map((o) => (o.photo[0] ? { label: o.label, photoFileId: o.photo[0].fileId } : { label: o.label })),
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + days * DAY).toISOString(),
      quorumPct: quorum,
      passPct: pass,
    };
    const t = await create(input);
    if (t) void Taro.redirectTo({ url: ROUTES.topic(t.id) });
  };
  return (
    <Page className="topic-new">
      {saveError ? <Notice title="没有发起">{saveError}</Notice> : null}
      <Chips label="类型" value={kind} onChange={setKind} options={[{ value: 'deliberation', label: '议事（每户一票）' }, { value: 'election', label: '评选（每人一票）' }]} />
      <TextField label="议题" value={title} onChange={setTitle} maxLength={60} placeholder="例如：垃圾房门刷什么颜色" />
      <TextField label="背景说明" value={background} onChange={setBackground} maxLength={2000} />
      <Text className="field-label">背景照片（可不加）</Text>
      <PhotoPicker communityId={communityId} purpose="topic_photo" max={6} value={photos} onChange={setPhotos} addText="添加背景照片" />
      <Text className="section-title">谁来参与</Text>
      {store.error ? (
        <Notice
          title="小区和活动没有取到"
          action={
            <Button size="large" block fill="outline" loading={store.loading} onClick={() => void loadChoices(communityId)}>
              再试一次
            </Button>
          }
        >
          {store.error}
        </Notice>
      ) : null}
      <ScopePicker estates={estates} value={scope} onChange={setScope} />
      <Text className="section-title">选项（{kind === 'election' ? '候选人' : '至少两项'}）</Text>
      {options.map((o, i) => (
        <View key={i} className="topic-new__option">
          <TextField label={`选项 ${i + 1}`} value={o.label} maxLength={40} onChange={(label) => edit(i, { label })} />
          <PhotoPicker
            communityId={communityId}
            purpose="topic_photo"
            max={1}
            value={o.photo}
            onChange={(photo) => edit(i, { photo })}
            addText={`选项 ${i + 1} 配照片（可不加）`}
          />
        </View>
      ))}
      {options.length < 6 ? (
        <Button size="large" block fill="outline" onClick={() => setOptions([...options, blank()])}>
          再加一个选项
        </Button>
      ) : null}
      <Text className="section-title">议题从哪里来</Text>
      <SourcePicker
        source={source}
        sourceId={sourceId}
        appeals={store.appealsFor === source ? store.appeals : []}
        loading={store.appealsLoading}
        error={store.appealsError}
        onSource={chooseSource}
        onRetry={() => source !== 'staff' && void loadAppeals(communityId, source)}
        onPick={setSourceId}
      />
      <Text className="section-title">议事会（可不关联）</Text>
      <MeetingPicker events={store.events} value={meetingEventId} onChange={setMeetingEventId} />
      <Text className="section-title">投票几天</Text>
      <Chips label="投票天数" value={days} onChange={setDays} options={[3, 7, 14].map((d) => ({ value: d, label: `${d} 天` }))} />
      <Text className="section-title">至少多少{kind === 'election' ? '居民' : '户'}参与</Text>
      <Chips label="参与比例" value={quorum} onChange={setQuorum} options={[0, 30, 50, 66].map((p) => ({ value: p, label: p ? `${p}%` : '不限' }))} />
      <Text className="section-title">得票多少算通过</Text>
      <Chips label="通过比例" value={pass} onChange={setPass} options={[50, 66, 75].map((p) => ({ value: p, label: `${p}%` }))} />
      <View className="row-gap">
        {noEstate ? <Notice tone="info">请至少选一个小区，或者改回全社区</Notice> : null}
        {noSource ? <Notice tone="info">请选出是哪一条{source === 'project' ? '民生项目' : '居民诉求'}，或者改成社区发起</Notice> : null}
        <Button type="primary" size="large" block loading={busy} disabled={!title.trim() || filled.length < 2 || noEstate || noSource} onClick={() => void submit()}>
          发起（面向{scopeText(estates, scope)}）
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
