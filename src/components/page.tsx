import { useEffect, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '@/lib/elder-mode';
import { CommunityLabel } from './community-label';
import { makePageScrollFocusable } from './scroll-focus';
import './elder.css';

interface Props {
  /** Page-specific classes besides `page`. */
  className?: string;
  children?: ReactNode;
}

/**
 * The root of every page: carries `elder` when 长辈模式 is on, which scales text and taps (elder.css),
 * and says which community the page is in.
 */
export function Page({ className, children }: Props) {
  const elder = useElderMode((s) => s.active);
  useEffect(makePageScrollFocusable, []);
  return (
    <View className={`page${className ? ` ${className}` : ''}${elder ? ' elder' : ''}`}>
      <CommunityLabel />
      {children}
    </View>
  );
}
