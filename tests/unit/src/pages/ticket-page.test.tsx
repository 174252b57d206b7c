import { render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../jest/mocks/taro';
import TicketPage from '@/pages/ticket';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage, type Ticket } from '@linli/types';
import * as service from '@/features/ticket/services/ticket.service';
import { signedIn } from '../session';

jest.mock('@/features/ticket/services/ticket.service');
const fetchTicket = service.fetchTicket as jest.MockedFunction<typeof service.fetchTicket>;

function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    registrationId: 'reg-1',
    eventTitle: '重阳敬老宴',
    startsAt: '2099-10-29T03:30:00Z',
    place: '碧鸡桥社区党群服务中心 一楼大厅',
    holderName: '张秀英',
    seatNos: [12, 13],
    partySize: 2,
    token: 'L1.bijiqiao.reg-1.abcdefghijklmnopqrstuv',
    qrDataUrl: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    proxyByName: null,
    claimCode: null,
    ...over,
  };
}

const originalEnv = process.env.TARO_ENV;

beforeEach(() => {
  fetchTicket.mockReset();
  signedIn();
  setRouterParams({ registrationId: 'reg-1' });
});

afterEach(() => {
  process.env.TARO_ENV = originalEnv;
});

it('shows the QR code, the seats in big type, the event and the holder', async () => {
  fetchTicket.mockResolvedValue(ticket());
  const { container } = render(<TicketPage />);
  expect(await screen.findByText('12、13 号')).toBeTruthy();
  const qr = container.querySelector('img.ticket__qr');
  expect(qr?.getAttribute('src')).toBe('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=');
  expect(screen.getByText('张秀英')).toBeTruthy();
  expect(screen.getByText('重阳敬老宴')).toBeTruthy();
  expect(screen.getByText('地点：碧鸡桥社区党群服务中心 一楼大厅')).toBeTruthy();
  expect(screen.getByText(/10月29日 .* 11:30/)).toBeTruthy();
  expect(screen.getByText('共 2 人（含陪同）')).toBeTruthy();
  expect(fetchTicket).toHaveBeenCalledWith({ communityId: 'bjq', registrationId: 'reg-1' });
  // An ordinary ticket is not a slip: no claim code, nothing to print.
  expect(screen.queryByText('认领码')).toBeNull();
  expect(screen.queryByRole('button', { name: '打印' })).toBeNull();
});

it('shows the claim code and a print button on a 代报名 slip in H5', async () => {
  process.env.TARO_ENV = 'h5';
  const print = jest.fn();
  window.print = print;
  fetchTicket.mockResolvedValue(
    ticket({ claimCode: 'AB12CD34', proxyByName: '刘建华', holderName: '王桂兰' }),
  );
  render(<TicketPage />);
  expect(await screen.findByText('AB12 CD34')).toBeTruthy();
  expect(screen.getByText('代报名：刘建华')).toBeTruthy();
  screen.getByRole('button', { name: '打印' }).click();
  expect(print).toHaveBeenCalled();
});

it("shows the server's message when the ticket cannot be shown", async () => {
  fetchTicket.mockRejectedValue(new CloudError('EVENTS.NOT_CHECKABLE', errorMessage('EVENTS.NOT_CHECKABLE')));
  render(<TicketPage />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('这条报名是候补或已取消，不能签到');
  expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
});
