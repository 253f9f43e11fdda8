export * from './gateway';
export * from './read';
export * from './write';
export * from './cells';
export * from './fileKind';
export * from './otherTools';
export * from './save';
