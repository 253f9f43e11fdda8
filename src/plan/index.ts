export * from './types';
export * from './palette';
export * from './grid';
export * from './scorecardSheet';
export * from './summarySheet';
export * from './workbookPlan';
