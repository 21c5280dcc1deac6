/**
 * The extraction stages over one document's state. Each stage fills its own
 * field once and asks for the stages it builds on, so any subset of plugins
 * works and no stage runs twice.
 */
import { findBodies } from "../extract/bodies.js";
import { findDecisions } from "../extract/decisions.js";
import { findEvents } from "../extract/events.js";
import { findPeople } from "../extract/people.js";
import { findTimes } from "../time/extract.js";
import { toTimeExpression, type TimeMention } from "../time/mention.js";
import type { Body, Decision, Event, Extraction, Person } from "../schema/index.js";
import type { State } from "./state.js";

export function timesOf(s: State): TimeMention[] {
  return (s.times ??= findTimes(s.doc.text, s.referenceDate, s.timeZone));
}

export function eventsOf(s: State): Event[] {
  return (s.events ??= findEvents(s.doc, timesOf(s), s.timeZone, bodiesOf(s)));
}

export function bodiesOf(s: State): Body[] {
  return (s.bodies ??= findBodies(s.doc));
}

export function peopleOf(s: State): Person[] {
  return (s.people ??= findPeople(s.doc, bodiesOf(s)));
}

export function decisionsOf(s: State): Decision[] {
  return (s.decisions ??= findDecisions(s.doc, { times: timesOf(s), bodies: bodiesOf(s), people: peopleOf(s) }));
}

export function toExtraction(s: State): Extraction {
  return {
    language: "fi",
    referenceDate: s.referenceDate,
    text: s.doc.text,
    times: (s.times ?? []).map(toTimeExpression),
    events: s.events ?? [],
    people: s.people ?? [],
    bodies: s.bodies ?? [],
    decisions: s.decisions ?? [],
  };
}
