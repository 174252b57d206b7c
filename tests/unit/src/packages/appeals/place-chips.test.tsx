/** The category and 小区/楼栋 picking shared by 有事找社区 and the worker's 代居民登记. */
import { fireEvent, render, screen } from '@testing-library/react';
import { BuildingChips, CategoryChips } from '@/features/appeals';
import { categories } from './appeal-fixtures';

const estates = [
  { id: 'jxy', name: '锦绣苑', buildings: ['1栋', '3栋'] },
  { id: 'bjy', name: '碧鸡苑', buildings: ['2栋'] },
];

it('offers the buildings of the chosen estate only, and says which estate a building belongs to', () => {
  const onEstate = jest.fn();
  const onBuilding = jest.fn();
  const { rerender } = render(
    <BuildingChips estates={estates} estateId={null} building={null} onEstate={onEstate} onBuilding={onBuilding} />,
  );
  expect(screen.queryByText('3栋')).toBeNull();
  fireEvent.click(screen.getByText('锦绣苑'));
  expect(onEstate).toHaveBeenCalledWith('jxy');
  rerender(<BuildingChips estates={estates} estateId="jxy" building={null} onEstate={onEstate} onBuilding={onBuilding} />);
  expect(screen.queryByText('2栋')).toBeNull();
  fireEvent.click(screen.getByText('3栋'));
  expect(onBuilding).toHaveBeenCalledWith('jxy', '3栋');
});

it('picks a category by its name', () => {
  const onChange = jest.fn();
  render(<CategoryChips categories={categories} value={null} onChange={onChange} />);
  fireEvent.click(screen.getByText(categories[1].name));
  expect(onChange).toHaveBeenCalledWith(categories[1].id);
});
