// Slots of the situation screens filled by the follow-up part of the feature (needs grid,
// presentations and their outcome, family notice, figures). Empty until that part lands.
export function SituationFollowUp(_props: { situationId: string }) {
  return null;
}

export function SituationFigures() {
  return null;
}
