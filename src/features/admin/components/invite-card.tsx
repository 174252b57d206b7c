import { Image, Text, View } from '@tarojs/components';
import { ROLE_LABELS, type CreatedInvite } from '@linli/types';
import { formatDateTime } from '@/lib/format';

/** A new invite: the code in large letters (read aloud or copied onto paper) and its QR, shown once. */
export function InviteCard({ invite }: { invite: CreatedInvite }) {
  return (
    <View className="card admin-invite" aria-label={`${ROLE_LABELS[invite.role]}邀请码 ${invite.code}`}>
      <Text className="muted">
        {invite.communityName} · {ROLE_LABELS[invite.role]}邀请码（只能用一次）
      </Text>
      <Text className="admin-invite__code">{invite.code}</Text>
      <Image className="admin-invite__qr" src={invite.qrDataUrl} mode="aspectFit" />
      <Text className="muted">
        有效期至 {formatDateTime(invite.expiresAt)}。请对方在“我的 → 使用邀请码”输入或扫码。此码只显示这一次。
      </Text>
    </View>
  );
}
