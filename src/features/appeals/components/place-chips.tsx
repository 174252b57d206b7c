import type { AppealCategoryView, EstateBrief } from '@linli/types';
import { Chips } from '@/components/chips';

/** 诉求类别 as big single-choice buttons (the new appeal and the worker's 代登记 pick it the same way). */
export function CategoryChips(p: {
  categories: AppealCategoryView[];
  value: string | null;
  onChange: (categoryId: string) => void;
}) {
  return (
    <Chips
      label="诉求类别"
      value={p.value}
      onChange={p.onChange}
      options={p.categories.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

/** 小区 then 楼栋: choosing another estate clears the building (it belongs to the old one). */
export function BuildingChips(p: {
  estates: EstateBrief[];
  estateId: string | null;
  building: string | null;
  onEstate: (estateId: string) => void;
  onBuilding: (estateId: string, building: string) => void;
}) {
  const estate = p.estates.find((e) => e.id === p.estateId) ?? null;
  return (
    <>
      <Chips
        label="小区"
        value={p.estateId}
        onChange={p.onEstate}
        options={p.estates.map((e) => ({ value: e.id, label: e.name }))}
      />
      {estate ? (
        <Chips
          label="楼栋"
          value={p.building || null}
          onChange={(b) => p.onBuilding(estate.id, b)}
          options={estate.buildings.map((b) => ({ value: b, label: b }))}
        />
      ) : null}
    </>
  );
}
