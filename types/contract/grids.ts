import { z } from 'zod';
import type { GridView, GridsOverview, MyGrid } from '../models';
import { action, communityId, id, only, shortText, staff } from './define';

const building = z.object({ estateId: id, building: shortText(20) }).strict();
const gridFields = {
  name: shortText(20),
  /** Every building is in exactly one grid: naming a building held by another grid moves it here (recorded, and its open appeals follow). */
  buildings: z.array(building).max(200),
  /** Members holding the grid_worker role. */
  workerIds: z.array(id).max(10),
};

/** 微网格: a community's grids, each a set of buildings with its workers (包户联系). */
export const grids = {
  list: action<GridsOverview>()({ input: z.object({ communityId }).strict(), access: staff }),
  create: action<GridView>()({ input: z.object({ communityId, ...gridFields }).strict(), access: staff, mutating: true }),
  /** Replaces the grid's name, buildings and workers; a building left out becomes unassigned. */
  update: action<GridView>()({
    input: z.object({ communityId, gridId: id, ...gridFields }).strict(),
    access: staff,
    mutating: true,
  }),
  /** A grid worker's own page: my grids, the people in them, the elders I signed up, my open appeals. */
  myGrid: action<MyGrid>()({ input: z.object({ communityId }).strict(), access: only('grid_worker') }),
};
