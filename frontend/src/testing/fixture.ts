/**
 * A canned answer in a looser shape than the API's generated type: string ids where the API has numbers
 * ('a1'), null texts, only the members the screen under test reads. The screen receives it as the typed
 * answer; the type check of the fixture itself is given up, so keep such fixtures small.
 */
export const looseFixture = <T>(value: unknown): T => value as T;
