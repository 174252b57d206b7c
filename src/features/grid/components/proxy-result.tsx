import type { ProxySignupResult } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { spacedCode, TicketSlip } from '@/components/ticket-slip';
import { Button } from '@/components/ui';
import { canPrint, printPage } from '@/lib/print';

function title(r: ProxySignupResult['registration']): string {
  if (r.status === 'confirmed') return r.seatNo ? `报名成功 · 座位号 ${r.seatNo}` : '报名成功';
  if (r.status === 'waitlisted') return `已候补 · 第 ${r.waitlistPosition ?? '-'} 位`;
  return '报名已取消';
}

interface Props {
  result: ProxySignupResult;
  onAgain: () => void;
}

/** The outcome, then the slip to print and hand over (ticket + claim code). */
export function ProxyResult({ result, onAgain }: Props) {
  const { registration, ticket, claimCode } = result;
  return (
    <View>
      <View className="no-print">
        <Notice tone={registration.status === 'confirmed' ? 'success' : 'info'} title={title(registration)}>
          {ticket
            ? '请打印下面的回执交给老人，入场时出示二维码即可。'
            : '目前在候补名单上，有人取消时按顺序递补。请把认领码告诉老人或家属。'}
        </Notice>
      </View>
      {ticket ? (
        <TicketSlip ticket={{ ...ticket, claimCode: ticket.claimCode ?? claimCode }} />
      ) : (
        <View className="ticket">
          <Text className="ticket__event">{registration.eventTitle}</Text>
          <Text className="ticket__label">认领码</Text>
          <Text className="ticket__claim-code">{spacedCode(claimCode)}</Text>
        </View>
      )}
      <View className="no-print">
        {canPrint() ? (
          <Button type="primary" size="large" block onClick={printPage}>
            打印
          </Button>
        ) : null}
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={onAgain}>
            再为一位老人报名
          </Button>
        </View>
      </View>
    </View>
  );
}
