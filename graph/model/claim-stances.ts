// The stance a Claim expresses towards its object.
export const CLAIM_STANCES = ['DEMANDS', 'REJECTS', 'ASSERTS', 'URGES', 'ASSESSES'] as const;
export type ClaimStance = (typeof CLAIM_STANCES)[number];
