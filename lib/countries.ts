// GLO.ACT / PROTECT partner countries (COURSE-BRIEF.md). Names shown to people come from the
// message catalogs (countries.<code>). The migration 20261127000100_partner_countries fills the
// Country table with the same codes; tests/integration/migrations.test.ts checks the two agree.
export const PARTNER_COUNTRIES = [
  { code: "AF", name: "Afghanistan" },
  { code: "IQ", name: "Iraq" },
  { code: "PK", name: "Pakistan" },
  { code: "TJ", name: "Tajikistan" },
  { code: "KZ", name: "Kazakhstan" },
  { code: "KG", name: "Kyrgyz Republic" },
  { code: "UZ", name: "Uzbekistan" },
] as const;

export type CountryCode = (typeof PARTNER_COUNTRIES)[number]["code"];

export const COUNTRY_CODES = PARTNER_COUNTRIES.map((country) => country.code) as [CountryCode, ...CountryCode[]];
