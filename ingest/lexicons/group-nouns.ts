// Unnamed collective actors that news has act or speak ("analysts note", "families ... wait").
// Curated by us; the same rule as the seed's curation (docs/model.md): a group becomes an actor
// only when the article has it do or undergo something, which the claims/events stages decide.
export const GROUP_NOUNS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /\b(?:[Ss]ome )?[Aa]nalysts\b/g, name: 'Analysts' },
  {
    pattern: /\b(?:[Gg]lobal |[Ii]nternational )?humanitarian (?:groups|organi[sz]ations)\b/g,
    name: 'Humanitarian groups',
  },
  { pattern: /\b[Tt]he international community\b/g, name: 'International community' },
  { pattern: /\b(?:[Nn]umerous )?[Ff]amilies\b/g, name: 'Families' },
  { pattern: /\b(?:[Ss]oldiers)\b/g, name: 'Soldiers' },
  { pattern: /\b(?:[Cc]ivilians)\b/g, name: 'Civilians' },
  { pattern: /\b(?:[Dd]etainees)\b/g, name: 'Detainees' },
];
