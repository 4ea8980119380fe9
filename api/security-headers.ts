import type { ServerResponse } from 'node:http';

// Headers every answer carries. The web app loads only its own scripts and styles (Cytoscape and
// vis-timeline set inline styles, hence 'unsafe-inline' for styles only), talks only to this
// origin, and may not be framed by another site.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse, options: { csp: boolean }): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  if (options.csp) res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
}
