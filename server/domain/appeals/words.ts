/**
 * What a list or the public report shows for an appeal: its words, else the voice note's transcript,
 * else — a photo-only or not-yet-transcribed appeal, the elder's fastest path — its category and what
 * it carries ("环境卫生（照片 2 张）"), so no row is blank.
 */
export function shownWords(a: {
  words: string;
  transcript: string | null;
  categoryName: string;
  photoCount: number;
  hasVoice: boolean;
}): string {
  if (a.words) return a.words;
  if (a.transcript) return a.transcript;
  const carries = [a.photoCount ? `照片 ${a.photoCount} 张` : '', a.hasVoice ? '语音' : ''].filter(Boolean).join('、');
  return carries ? `${a.categoryName}（${carries}）` : a.categoryName;
}
