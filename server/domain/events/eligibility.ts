import type { EligibilityReason, ErrorCode } from '@linli/types';
import { errorMessage } from '@linli/types';

export interface EligibilityInput {
  event: {
    status: string;
    signupOpensAt: Date;
    signupClosesAt: Date;
    minAge: number | null;
    estateIds: string[];
  };
  person: { birthYear: number | null; estateId: string | null };
  now: Date;
}

/** Age in whole years by the calendar year in China (how 60+ events are announced). */
export function ageThisYear(birthYear: number, now: Date): number {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  return year - birthYear;
}

/** Every reason a person cannot sign up right now; empty means eligible. Explained before they tap. */
export function eligibility({ event, person, now }: EligibilityInput): EligibilityReason[] {
  const codes: ErrorCode[] = [];
  if (event.status !== 'published') codes.push('EVENTS.NOT_PUBLISHED');
  else if (now < event.signupOpensAt) codes.push('EVENTS.NOT_OPEN_YET');
  else if (now >= event.signupClosesAt) codes.push('EVENTS.CLOSED');
  if (event.minAge !== null) {
    if (person.birthYear === null) codes.push('EVENTS.BIRTH_YEAR_REQUIRED');
    else if (ageThisYear(person.birthYear, now) < event.minAge) codes.push('EVENTS.TOO_YOUNG');
  }
  if (event.estateIds.length > 0 && (!person.estateId || !event.estateIds.includes(person.estateId))) {
    codes.push('EVENTS.ESTATE_NOT_ELIGIBLE');
  }
  return codes.map((code) => ({ code, message: errorMessage(code) }));
}
