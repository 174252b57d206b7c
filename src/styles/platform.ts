// Mini-program builds need no extra styles; see platform.h5.ts.
export {};
