import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { AppealDetail } from '@linli/types';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { AppealCard } from './appeal-card';

interface Props {
  className: string;
  /** The appeal of this page once loaded (null while loading or on another id). */
  appeal: AppealDetail | null;
  /** The last action's outcome and error, and the load state of the page. */
  done: string | null;
  error: string | null;
  loading: boolean;
  loadError: string | null;
  session: { status: string; error: string | null; retry: () => void };
  /** What this person can do with it, above the card (rating, handling, staff tools). */
  actions: (appeal: AppealDetail) => ReactNode;
  /** The handler's card shows the phone to call back and the internal notes. */
  handler?: boolean;
  back: { label: string; onClick: () => void };
}

/**
 * One appeal on a page, for the resident, the grid worker and staff alike: the outcome of the last
 * action, the actions, the card with its timeline, and a way back — or the loading/error state.
 */
export function AppealFrame(p: Props) {
  const a = p.appeal;
  return (
    <Page className={p.className}>
      {a ? (
        <>
          {p.done ? <Notice tone="success">{p.done}</Notice> : null}
          {p.error ? <Notice title="没有成功">{p.error}</Notice> : null}
          {p.actions(a)}
          <AppealCard appeal={a} handler={p.handler} />
        </>
      ) : (
        <PageState
          loading={p.loading || p.session.status !== 'ready'}
          error={p.loadError ?? p.session.error}
          onRetry={p.session.retry}
        />
      )}
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={p.back.onClick}>
          {p.back.label}
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
