// The source already stored with this text (content hash) or this URL, if any: what `addSource`
// answers instead of storing a copy. Each branch seeks its own index (content hash, canonical
// URL); an OR across them would scan every source. `url` has no index: only sources stored
// before canonical URLs existed need that branch, and it runs only when a URL is given.
export const FIND_DUPLICATE_SOURCE = `
CALL () {
  MATCH (s:Source {contentHash: $contentHash}) RETURN s, true AS sameText
  UNION
  MATCH (s:Source {canonicalUrl: $canonicalUrl}) RETURN s, false AS sameText
  UNION
  UNWIND $urls AS url
  MATCH (s:Source) WHERE s.url = url AND s.canonicalUrl IS NULL
  RETURN s, false AS sameText
}
RETURN s.id AS id, sameText
ORDER BY sameText DESC, id LIMIT 1`;
