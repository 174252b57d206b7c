import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { FamilyPerson } from '@linli/types';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { FamilyCodeBox, LinkForm, PeopleList, useFamilyStore } from '@/features/family';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { PageState } from '@/components/page-state';
import { confirm } from '@/lib/confirm';
import { ROUTES } from '@/lib/routes';

/** 家人代办: link a relative by a code; see who helps me and whom I help. */
export default function FamilyPage() {
  const store = useFamilyStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  const unlink = async (p: FamilyPerson) => {
    if (!communityId) return;
    const ok = await confirm('解除关联', `解除后，${p.name}和您不能再互相代办报名。`, '确定解除');
    if (ok) await store.unlink(communityId, p.linkId, p.name);
  };

  return (
    <Page className="family">
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice title="没有办成">{store.actionError}</Notice> : null}
      <FamilyCodeBox
        code={store.code}
        busy={store.busy}
        onMake={() => communityId && void store.makeCode(communityId).catch(() => undefined)}
      />
      <LinkForm
        value={store.input}
        busy={store.busy}
        onChange={store.setInput}
        onLink={() => communityId && void store.link(communityId).catch(() => undefined)}
      />
      {store.overview ? (
        <>
          <PeopleList
            title="我帮这些家人报名"
            people={store.overview.elders}
            empty="还没有关联。"
            busy={store.busy}
            onUnlink={(p) => void unlink(p)}
            onOpen={(p) => void Taro.navigateTo({ url: ROUTES.familyElder(p.userId, p.name) })}
          />
          <PeopleList
            title="可以替我报名的家人"
            people={store.overview.helpers}
            empty="还没有家人关联您。"
            busy={store.busy}
            onUnlink={(p) => void unlink(p)}
          />
          <Text className="muted">
            家人替您报的名，会出现在您的“我的报名”里，并写明由谁代报名。没有智能手机的老人，请联系网格员代报名。
          </Text>
        </>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
