/**
 * The social-media sites Twijfelcheck checks, each with the host names it serves (sub-domains included)
 * and the locale key of its name. The policy's `sites` keys, the content script's `matches`, the adapters'
 * ids and the popup all come from this list.
 *
 * Adding a site: an adapter in entrypoints/compose.content/platforms/<id>.ts (the compiler then asks
 * for it in platforms/index.ts), a fixture in tests/fixtures/sites/<id>/, and one line here. The managed
 * schema and both locales need the new key too: tests/unit/lists.test.tsx says which.
 */
export const SITES = [
  { id: 'x', hosts: ['x.com', 'twitter.com'], label: 'siteX' },
  { id: 'instagram', hosts: ['instagram.com'], label: 'siteInstagram' },
  { id: 'facebook', hosts: ['facebook.com'], label: 'siteFacebook' },
  // Messenger on its own domain; the chats on facebook.com (/messages/…) belong to Facebook's adapter.
  { id: 'messenger', hosts: ['messenger.com'], label: 'siteMessenger' },
] as const;

export type Site = (typeof SITES)[number]['id'];

/** The content script's match patterns, https only; `*.x.com` matches x.com itself too. */
export const SITE_MATCHES: string[] = SITES.flatMap((site) => site.hosts.map((host) => `https://*.${host}/*`));

/** The site a host name belongs to (its own host or a sub-domain of it). */
export function siteOfHost(hostname: string): Site | undefined {
  return SITES.find((site) => site.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`)))?.id;
}

/** One value per site, so a record can never miss one. */
export function perSite<T>(value: (site: Site) => T): Record<Site, T> {
  return Object.fromEntries(SITES.map((site) => [site.id, value(site.id)])) as Record<Site, T>;
}
