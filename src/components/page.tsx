import { useEffect, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '@/lib/elder-mode';
import { makePageScrollFocusable } from './scroll-focus';
import './elder.css';

interface Props {
  /** Page-specific classes besides `page`. */
  className?: string;
  children?: ReactNode;
}

/** The root of every page: carries `elder` when 长辈模式 is on, which scales text and taps (elder.css). */
export function Page({ className, children }: Props) {
  const elder = useElderMode((s) => s.active);
  useEffect(makePageScrollFocusable, []);
  return (
    <View className={`page${className ? ` ${className}` : ''}${elder ? ' elder' : ''}`}>{children}</View>
  );
}
