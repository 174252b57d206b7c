import type { VolunteerCertificate } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { local } from '@/lib/dayjs';
import { formatMinutes } from '../format';

const day = (iso: string) => local(iso).format('YYYY年M月D日');

/** 志愿服务记录证明: laid out as a paper certificate, the same on screen and when printed. */
export function CertificateDoc({ cert }: { cert: VolunteerCertificate }) {
  return (
    <View className="pts-cert" aria-label="志愿服务记录证明">
      <Text className="pts-cert__title">志愿服务记录证明</Text>
      <Text className="pts-cert__serial">编号：{cert.serial}</Text>
      <Text className="pts-cert__para">
        兹证明 <Text className="pts-cert__holder">{cert.holderName}</Text> 在{cert.communityName}
        参加志愿服务，经组织单位记录并确认，累计志愿服务时长 {formatMinutes(cert.totalMinutes)}。
      </Text>
      {cert.records.length === 0 ? (
        <Text className="pts-cert__para">目前还没有经确认的志愿服务记录。</Text>
      ) : (
        <View className="pts-cert__table" role="table">
          <View className="pts-cert__tr pts-cert__th" role="row">
            <Text className="pts-cert__c1">活动</Text>
            <Text className="pts-cert__c2">日期</Text>
            <Text className="pts-cert__c3">岗位</Text>
            <Text className="pts-cert__c4">时长</Text>
            <Text className="pts-cert__c5">确认人</Text>
          </View>
          {cert.records.map((r, i) => (
            <View key={`${r.eventTitle}-${r.date}-${i}`} className="pts-cert__tr" role="row">
              <Text className="pts-cert__c1">{r.eventTitle}</Text>
              <Text className="pts-cert__c2">{local(r.date).format('YYYY-MM-DD')}</Text>
              <Text className="pts-cert__c3">{r.roleName}</Text>
              <Text className="pts-cert__c4">{formatMinutes(r.minutes)}</Text>
              <Text className="pts-cert__c5">{r.confirmedBy ?? '—'}</Text>
            </View>
          ))}
          <View className="pts-cert__tr pts-cert__total" role="row">
            <Text className="pts-cert__c1">合计</Text>
            <Text className="pts-cert__c4">{formatMinutes(cert.totalMinutes)}</Text>
          </View>
        </View>
      )}
      <Text className="pts-cert__line">组织单位：{organizers(cert)}（谁组织谁记录）</Text>
      <Text className="pts-cert__line">持证人：{cert.holderName}</Text>
      <Text className="pts-cert__line">开具日期：{day(cert.issuedAt)}</Text>
      <Text className="pts-cert__seal">{cert.communityName}（盖章）</Text>
    </View>
  );
}

/** The organizers named in the records, else the community itself. */
function organizers(cert: VolunteerCertificate): string {
  const names = [...new Set(cert.records.map((r) => r.organizer).filter(Boolean))];
  return names.length ? names.join('、') : cert.communityName;
}
