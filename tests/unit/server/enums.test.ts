import { TRANSFER_CODES, type RegistrationStatus } from '@linli/types';
import type { TransferInput } from '../../../server/domain/ledger/ledger';
import { registrations } from '../../../server/db/schema';

test('a misspelt transfer code or status does not compile', () => {
  // @ts-expect-error 'atendance' is not a transfer code
  const code: TransferInput['code'] = 'atendance';
  // @ts-expect-error 'canceled' is not a registration status
  const status: RegistrationStatus = 'canceled';
  expect(TRANSFER_CODES).not.toContain(code);
  expect(registrations.status.enumValues).not.toContain(status);
});
