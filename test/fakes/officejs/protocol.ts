/**
 * The JSON that Microsoft's Office.js sends to Excel for one context.sync(), and what Excel
 * answers: object paths (how to reach each object), actions (what to do with it) and their
 * results. Read off the requests the library itself builds (see library.ts); only the parts
 * this host answers are typed.
 */

export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** For each argument, the id of the object path it stands for (0: a plain value). */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathJson {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionJson {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestJson {
  Actions: ActionJson[];
  ObjectPaths: Record<string, ObjectPathJson>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseJson {
  Results: ActionResult[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex?: number; Location?: string };
}
