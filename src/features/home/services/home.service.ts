import { action } from '@/lib/cloud';

export const fetchHome = action('community', 'home');
/** 民心测评 on 首页: whether a round is open and how much of it the caller has rated. */
export const fetchSurveyNow = action('surveys', 'current');
