import clauses from './data/protocol-clauses.json';

/** A clause of a school's social-media protocol that findings rest on (rules/data/protocol-clauses.json). */
export type ProtocolClause = { school: string; title: string; quote: string };
export const PROTOCOL_CLAUSES: Record<string, ProtocolClause> = clauses.clauses;
