import type { Ticket } from '@linli/types';
import { Image, Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';
import './ticket-slip.css';

/** "12 号" or "12、13 号". */
export function seatsText(seatNos: number[]): string {
  return seatNos.length ? `${seatNos.join('、')} 号` : '入场时安排';
}

/** "AB12CD34" → "AB12 CD34": easier to read aloud and to type. */
export function spacedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/**
 * The ticket as the resident shows it at the door, and as the printed slip a grid worker hands an
 * elder without a smartphone (then with the claim code).
 */
export function TicketSlip({ ticket }: { ticket: Ticket }) {
  return (
    <View className="ticket" aria-label="报名凭证">
      <Text className="ticket__event">{ticket.eventTitle}</Text>
      <Text className="ticket__line">时间：{formatDateTime(ticket.startsAt)}</Text>
      <Text className="ticket__line">地点：{ticket.place}</Text>
      <View className="ticket__holder">
        <Text className="ticket__label">姓名</Text>
        <Text className="ticket__name">{ticket.holderName}</Text>
        {ticket.partySize > 1 ? (
          <Text className="ticket__line">共 {ticket.partySize} 人（含陪同）</Text>
        ) : null}
      </View>
      <View className="ticket__seats">
        <Text className="ticket__label">座位号</Text>
        <Text className="ticket__seat-no">{seatsText(ticket.seatNos)}</Text>
      </View>
      <Image className="ticket__qr" src={ticket.qrDataUrl} ariaLabel="签到二维码" mode="scaleToFill" />
      <Text className="ticket__hint">入场时请出示此二维码</Text>
      <Text className="ticket__line">工作人员扫码签到</Text>
      <Text className="ticket__token">核验码（扫不出时可手动输入）：{ticket.token}</Text>
      {ticket.claimCode ? (
        <View className="ticket__claim">
          <Text className="ticket__label">认领码</Text>
          <Text className="ticket__claim-code">{spacedCode(ticket.claimCode)}</Text>
          <Text className="ticket__line">
            家人可在“邻里”小程序 → 我的 → 认领代报名，输入这 8 位认领码，报名就会出现在手机里。
          </Text>
        </View>
      ) : null}
      {ticket.proxyByName ? <Text className="ticket__line">代报名：{ticket.proxyByName}</Text> : null}
    </View>
  );
}
