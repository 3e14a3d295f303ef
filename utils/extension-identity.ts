/**
 * Public half of the key that pins the extension ID for unpacked and test builds (Chrome derives the
 * ID from it). The private key was thrown away: store builds get their ID from the store instead.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAh4wT4HxVSaaWddtt2qIjMqFx38+1TzxkZR/q0pQkbs6FUwsWY+TYyI/prJF3bjddD4uwavw8hVwB/NoXpzABSpc1OWpfXDYgQpUMATTgHDyesFOn+IlUAt1AvoF0s84oMFGTFaDjzG5XQP5dIrlTSoywUGS+oABhRPc0hfC3MBzbddD7sv1qTBB8zVUeiz6b4UxLBcfRyKPyznkFe+VIdfkvuoQm7gIGYYLq/WgJ6FVjv2so6iTmPYeepKTI126P7+3mEjO0Fc5dJYQaVemSLmRBUEddB49lJmwld/Zd+oQp8T6ZUZ8mqVpq95nOa2MOlvswAGQlb88DA7ksfxBojQIDAQAB';

/** The ID Chromium derives from {@link EXTENSION_PUBLIC_KEY}; a unit test keeps the two in step. */
export const EXTENSION_ID = 'nfohbfkjfbmbmocplmhkgblmngmcnlfb';

/** Firefox's ID for the extension (browser_specific_settings.gecko.id), the same for every build. */
export const FIREFOX_EXTENSION_ID = 'twijfelcheck@twijfelcheck.nl';
