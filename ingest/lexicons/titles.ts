// Titles written before a person's name in news copy ("Foreign Minister Hakan Fidan"), longest
// first so "Prime Minister" wins over "Minister". Curated by us from wire style; `governs` marks
// titles of someone who acts for a state (used for REPRESENTS).
export const PERSON_TITLES: readonly { title: string; governs: boolean }[] = [
  ...[
    'Secretary of State',
    'Prime Minister',
    'Foreign Minister',
    'Defence Minister',
    'Defense Minister',
    'Interior Minister',
    'Deputy Prime Minister',
    'presidential aide',
    'special envoy',
    'Vice President',
    'President',
    'Chancellor',
    'chancellor',
    'Minister',
    'minister',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'envoy',
    'ambassador',
    'Ambassador',
    'aide',
    'King',
    'Emir',
    'Sheikh',
    'Crown Prince',
  ].map((title) => ({ title, governs: true })),
  ...['General', 'Gen.', 'reporter', 'journalist', 'Marine', 'commander', 'Commander', 'negotiator'].map(
    (title) => ({ title, governs: false }),
  ),
].sort((a, b) => b.title.length - a.title.length);

// Words that make a capitalised phrase an organisation or a place, not a person.
export const ORGANIZATION_WORDS =
  /\b(Ministry|Department|Committee|Council|Guard|Agency|Service|Journal|Times|Post|Radio|Liberty|Army|Forces|Office|Bank|Union|Organization|Organisation|Nations|Cross|Crescent|Court|Parliament|Party|Front|Movement|Brigade|Corps|Institute|Foundation|Fund)\b/;
export const PLACE_WORDS =
  /\b(Palace|City|Province|Region|region|Oblast|Sea|Strait|Bank|Strip|Island|Islands|Airport|airport|prison|Prison|Square|Street|Bridge|River|Valley|Mountains)\b/;
