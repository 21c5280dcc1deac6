/**
 * The extraction stages: pure functions of the Doc, the options and the
 * stages each declares it needs. Running a subset runs only what it needs,
 * each stage once, in dependency order; no stage writes another's data.
 */
import { findBodies } from "../extract/bodies.js";
import { findDecisions } from "../extract/decisions.js";
import { findEnglishNames, withEnglishOrganizations, withEnglishPeople, type EnglishNames } from "../extract/english.js";
import { findEvents } from "../extract/events.js";
import { findPeople } from "../extract/people.js";
import type { Body, Decision, Event, Extraction, Person } from "../schema/index.js";
import type { ExtractorName, ResolvedOptions } from "../schema/options.js";
import type { Doc } from "../text/document.js";
import { findTimes } from "../time/extract.js";
import { toTimeExpression, type TimeMention } from "../time/mention.js";

/** What each stage gives. */
export interface StageOutputs {
  /** Not an extractor of its own: what compromise names in English passages, for bodies and people. */
  english: EnglishNames;
  times: TimeMention[];
  bodies: Body[];
  people: Person[];
  events: Event[];
  decisions: Decision[];
}

/** A stage's name: an extractor's, or one whose output only other stages read. */
export type StageName = keyof StageOutputs;

interface Stage<Needs extends StageName> {
  needs: readonly Needs[];
  run(doc: Doc, options: ResolvedOptions, inputs: Pick<StageOutputs, Needs>): StageOutputs[StageName];
}

function stage<Needs extends StageName, Name extends StageName>(needs: readonly Needs[], run: (doc: Doc, options: ResolvedOptions, inputs: Pick<StageOutputs, Needs>) => StageOutputs[Name]): Stage<Needs> {
  return { needs, run };
}

/** Every stage and the stages it reads. */
export const STAGES: { readonly [Name in StageName]: Stage<StageName> } = {
  english: stage([], (doc) => findEnglishNames(doc)),
  times: stage([], (doc, o) => findTimes(doc, o.referenceDate, o.timeZone)),
  bodies: stage(["english"], (doc, _o, i) => withEnglishOrganizations(findBodies(doc), i.english)),
  people: stage(["bodies", "english"], (doc, _o, i) => withEnglishPeople(findPeople(doc, i.bodies), i.english)),
  events: stage(["times", "bodies"], (doc, o, i) => findEvents(doc, i.times, o.timeZone, i.bodies)),
  decisions: stage(["times", "bodies", "people"], (doc, _o, i) => findDecisions(doc, { times: i.times, bodies: i.bodies, people: i.people })),
};

/** The stages that `wanted` needs, each after what it needs. */
export function stagesFor(wanted: readonly StageName[]): StageName[] {
  const order: StageName[] = [];
  const add = (name: StageName) => {
    if (order.includes(name)) return;
    for (const n of STAGES[name].needs) add(n);
    order.push(name);
  };
  for (const name of wanted) add(name);
  return order;
}

/** Runs one stage and what it needs, each at most once: `outputs` holds what already ran. */
export function runStage(name: ExtractorName, doc: Doc, options: ResolvedOptions, outputs: Partial<StageOutputs>): void {
  for (const n of stagesFor([name])) {
    if (outputs[n] !== undefined) continue;
    (outputs as Record<StageName, unknown>)[n] = STAGES[n].run(doc, options, outputs as StageOutputs);
  }
}

/** The Extraction of the stages that were asked for; the lists not asked for are empty. */
export function toExtraction(doc: Doc, options: ResolvedOptions, outputs: Partial<StageOutputs>, wanted: ReadonlySet<ExtractorName>): Extraction {
  const take = <N extends ExtractorName>(n: N): StageOutputs[N] | [] => (wanted.has(n) ? (outputs[n] ?? []) : []);
  return {
    language: "fi",
    referenceDate: options.referenceDate,
    text: doc.text,
    times: (take("times") as TimeMention[]).map(toTimeExpression),
    events: take("events") as Event[],
    people: take("people") as Person[],
    bodies: take("bodies") as Body[],
    decisions: take("decisions") as Decision[],
  };
}
