/** What the role tests read of extractPeople: each person's titles, with or without their organizations. */
import { extractPeople } from "../../../src/index.js";

/** name → [title, organization] pairs */
export const roles = (text: string) => Object.fromEntries(extractPeople(text).map((p) => [p.name, p.roles.map((r) => [r.title, r.organization])]));

/** name → titles */
export const titles = (text: string) => Object.fromEntries(extractPeople(text).map((p) => [p.name, p.roles.map((r) => r.title)]));
