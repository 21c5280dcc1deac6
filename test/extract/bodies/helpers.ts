import { extractBodies } from "../../../src/index.js";

/** The names of the bodies a text names, in order. */
export const bodyNames = (text: string) => extractBodies(text).map((b) => b.name);

/** Each body's name with its kind. */
export const bodyKinds = (text: string) => Object.fromEntries(extractBodies(text).map((b) => [b.name, b.kind]));
