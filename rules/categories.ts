/**
 * The categories a finding can have: the one list every other place derives from (the policy's keys and
 * defaults, the school's own words, the options page). A new category here must also get a property in
 * public/managed-schema.json (categories and extraTerms), a label in both locales and a message in
 * rules/school/eigen-woorden.ts; the compiler and tests/unit/lists.test.tsx point at each one.
 */
export const CATEGORIES = ['vertrouwelijk', 'belediging', 'personen', 'logo', 'disclaimer'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The locale key of a category's name, e.g. `categoryBelediging`. */
export function categoryLabelKey(category: Category): `category${Capitalize<Category>}` {
  return `category${category[0]!.toUpperCase()}${category.slice(1)}` as `category${Capitalize<Category>}`;
}

/** One value per category, so a record can never miss one. */
export function perCategory<T>(value: (category: Category) => T): Record<Category, T> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, value(category)])) as Record<Category, T>;
}
