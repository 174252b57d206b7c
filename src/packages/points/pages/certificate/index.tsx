import { View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { CertificateDoc, useMyPointsStore } from '@/features/points';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { canPrint, printPage } from '@/lib/print';
import './index.css';
import { Page } from '@/components/page';

export default function CertificatePage() {
  const store = useMyPointsStore();
  const session = useCommunityPage((s) => store.loadCertificate(s.communityId));
  const cert = store.certificate;

  return (
    <Page className="pts-cert-page">
      {cert ? (
        <>
          <CertificateDoc cert={cert} />
          <View className="pts-cert-actions no-print">
            {canPrint() ? (
              <Button type="primary" size="large" block onClick={printPage}>
                打印
              </Button>
            ) : (
              <Notice tone="info">需要纸质证明时，可以在电脑上打开并打印，或请社区工作人员帮您打印。</Notice>
            )}
          </View>
        </>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="no-print">
        <BackHome />
      </View>
    </Page>
  );
}
