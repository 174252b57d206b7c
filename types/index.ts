export * from './reply';
export * from './roles';
export * from './errors';
export * from './enums';
export * from './codes';
export * from './event-times';
export * from './models';
export * from './contract';
