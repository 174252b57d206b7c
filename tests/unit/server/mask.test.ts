import { maskName, maskPhone } from '../../../server/domain/shared/mask';

it('masks phones and names for people who should not see them whole', () => {
  expect(maskPhone('13800000001')).toBe('138****0001');
  expect(maskPhone(null)).toBeNull();
  expect(maskName('张秀英')).toBe('张*英');
  expect(maskName('李明')).toBe('李*');
  expect(maskName('欧阳娜娜')).toBe('欧**娜');
});
