/**
 * Given names that stand for each other: the same name in other languages (John, Juan, Jean,
 * Ivan) and common short forms (Ben for Benjamin, Ted for Theodore). Screening tools match these
 * because people write their names differently on different documents (peers.md §1.3: yente
 * matches names across languages through shared name identifiers). Persons only.
 */
const GROUPS: readonly string[] = [
  "john juan jean johann johannes giovanni ivan jan joao joan jon sean hans yohannes yahya jack johnny",
  "joseph jose giuseppe josef yusuf yosef joe joey",
  "michael miguel michel michele mikhail mikael mihail mike mikhailo mykhailo",
  "peter pedro pierre pietro petr pyotr piotr pete",
  "paul pablo paolo pavel pawel paulo",
  "james jaime diego jacques giacomo jakob yakov jacob jim jimmy jamie",
  "william guillermo guillaume wilhelm bill billy will willy",
  "robert roberto bob bobby rob robbie",
  "richard ricardo rick ricky dick",
  "thomas tomas tom tommy tommaso",
  "alexander alejandro alessandro aleksandr alexandre alexandros alex sasha sacha oleksandr",
  "benjamin ben benny bibi binyamin",
  "theodore ted teddy teodor fyodor feodor theo fedor",
  "edward eduardo edouard ed eddie ted",
  "elizabeth elisabeth isabel isabelle liz beth elisabetta yelizaveta",
  "george jorge georg giorgio georgios",
  "stephen steven esteban stefan stephane stepan steve",
  "andrew andres andre andreas andrei andrzej andriy andy",
  "nicholas nicolas nikolai nikolay niccolo nick mykola",
  "charles carlos carl karl carlo charlie",
  "francis francisco francois franz francesco frank",
  "henry enrique henri heinrich enrico harry",
  "anthony antonio anton antoine tony",
  "catherine katherine catalina ekaterina yekaterina katarina kate kathy",
  "mary maria marie mariya marija",
  "margaret margarita marguerite maggie peggy",
  "daniel daniil danny dan",
  "david dawid dave",
  "samuel sam",
  "vladimir volodymyr wlodzimierz",
  "sergey sergei serge sergio serhiy",
  "dmitry dmitri dimitri demetrios dmytro",
  "mohammed muhammad mohamed mohammad mohamad muhammed mehmet",
  "ahmed ahmad",
  "hussein husayn hussain husein",
  "yury yuri yuriy iurii",
  "grigory gregory gregor grigori",
  "mikhail michael",
];

const GROUPS_OF = new Map<string, number[]>();
GROUPS.forEach((group, i) => {
  for (const name of group.split(" ")) GROUPS_OF.set(name, [...(GROUPS_OF.get(name) ?? []), i]);
});

/**
 * True when two given names are the same name in another language or a short form of it.
 *
 * @example
 * ```ts
 * areEquivalentGivenNames("juan", "john") //=> true
 * areEquivalentGivenNames("ben", "benjamin") //=> true
 * ```
 */
export function areEquivalentGivenNames(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = GROUPS_OF.get(a);
  if (!ga) return false;
  const gb = GROUPS_OF.get(b);
  return gb !== undefined && ga.some((g) => gb.includes(g));
}

/**
 * The equivalence groups a given name belongs to (numbers, stable within one build); empty when
 * it has none. Two names are equivalent exactly when their groups intersect.
 *
 * @example
 * ```ts
 * givenNameGroups("juan").some((g) => givenNameGroups("john").includes(g)) //=> true
 * ```
 */
export function givenNameGroups(name: string): readonly number[] {
  return GROUPS_OF.get(name) ?? NONE;
}

const NONE: readonly number[] = [];
