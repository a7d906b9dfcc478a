/**
 * The programme tag given to each UN_LIST_TYPE of the UN Security Council Consolidated List:
 * `UN-` and the resolution that set up the sanctions committee, the number the UN itself uses
 * to name the regime. A list type not in this table gets `UN-<list type>` and a warning.
 *
 * | UN_LIST_TYPE | tag | regime |
 * | --- | --- | --- |
 * | Al-Qaida | UN-1267 | ISIL (Da'esh) and Al-Qaida, res. 1267 (1999) / 1989 (2011) / 2253 (2015) |
 * | Taliban | UN-1988 | Taliban, res. 1988 (2011) |
 * | DPRK | UN-1718 | DPRK, res. 1718 (2006) |
 * | Iran | UN-1737 | Iran, res. 1737 (2006); the measures ended by res. 2231 were re-applied in September 2025 [unverified in the data: the list file only says "Iran"] |
 * | Iraq | UN-1518 | Iraq, res. 1518 (2003) |
 * | DRC | UN-1533 | Democratic Republic of the Congo, res. 1533 (2004) |
 * | Libya | UN-1970 | Libya, res. 1970 (2011) |
 * | Somalia | UN-2713 | Al-Shabaab, res. 2713 (2023), which took over the res. 751 (1992) committee [unverified in the data] |
 * | CAR | UN-2127 | Central African Republic, res. 2127 (2013) |
 * | Haiti | UN-2653 | Haiti, res. 2653 (2022) |
 * | Yemen | UN-2140 | Yemen, res. 2140 (2014) |
 * | GB | UN-2048 | Guinea-Bissau, res. 2048 (2012) |
 * | Sudan | UN-1591 | Sudan, res. 1591 (2005) |
 * | SouthSudan | UN-2206 | South Sudan, res. 2206 (2015) |
 *
 * @example
 * ```ts
 * UN_PROGRAMS["DPRK"] //=> "UN-1718"
 * ```
 */
export const UN_PROGRAMS: Readonly<Record<string, string>> = {
  "Al-Qaida": "UN-1267",
  Taliban: "UN-1988",
  DPRK: "UN-1718",
  Iran: "UN-1737",
  Iraq: "UN-1518",
  DRC: "UN-1533",
  Libya: "UN-1970",
  Somalia: "UN-2713",
  CAR: "UN-2127",
  Haiti: "UN-2653",
  Yemen: "UN-2140",
  GB: "UN-2048",
  Sudan: "UN-1591",
  SouthSudan: "UN-2206",
};
