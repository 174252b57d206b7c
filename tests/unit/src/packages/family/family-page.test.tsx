import { act, fireEvent, render, screen } from '@testing-library/react';
import FamilyPage from '@/packages/family/pages/index';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/family/services/family.service';
import { signedIn } from '../../session';

jest.mock('@/features/family/services/family.service');
const api = service as jest.Mocked<typeof service>;
const empty = { helpers: [], elders: [] };

beforeEach(() => {
  jest.resetAllMocks();
  signedIn();
  api.fetchOverview.mockResolvedValue(empty);
});

it('shows the elder a big eight-digit code to read out to a relative', async () => {
  api.createCode.mockResolvedValue({ code: '48291375', expiresAt: '2099-10-01T02:10:00Z' });
  render(<FamilyPage />);
  await screen.findByText('还没有家人关联您。');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '生成家人码' }));
  });
  expect(screen.getByLabelText('家人码 48291375').textContent).toBe('4829 1375');
  expect(screen.getByText(/前有效，只能用一次/)).toBeTruthy();
  expect(api.createCode).toHaveBeenCalledWith({ communityId: 'bjq' }, { requestKey: expect.any(String) });
});

it('links a relative by the code, and explains a wrong one in plain words', async () => {
  render(<FamilyPage />);
  await screen.findByText('还没有关联。');
  const input = screen.getByPlaceholderText('例如 1234 5678');
  fireEvent.input(input, { target: { value: '48 29' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '关联家人' }));
  });
  expect(screen.getByText('家人码是 8 位数字，请对照家人手机上显示的号码')).toBeTruthy();
  expect(api.linkByCode).not.toHaveBeenCalled();

  api.linkByCode.mockRejectedValueOnce(
    new CloudError('FAMILY.CODE_INVALID', '家人码不对或已过期，请让家人重新生成一个'),
  );
  fireEvent.input(input, { target: { value: '48291375' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '关联家人' }));
  });
  expect(screen.getByText('家人码不对或已过期，请让家人重新生成一个')).toBeTruthy();

  api.linkByCode.mockResolvedValueOnce({
    helpers: [],
    elders: [{ linkId: 'l1', userId: 'u-zhang', name: '张秀英', linkedAt: '2099-10-01T02:00:00Z' }],
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '关联家人' }));
  });
  expect(api.linkByCode).toHaveBeenLastCalledWith(
    { communityId: 'bjq', code: '48291375' },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('关联成功，您现在可以替家人报名了')).toBeTruthy();
  expect(screen.getByRole('button', { name: '替张秀英报名、看报名' })).toBeTruthy();
});
