export * from './reply';
export * from './roles';
export * from './errors';
export * from './enums';
export * from './models';
export * from './contract';
