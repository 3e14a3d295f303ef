/** The languages franc chooses between (ISO 639-3): the build ships franc's trigrams for these only. */
export const FRANC_LANGUAGES = ['nld', 'eng'];
