/** Clock times coordinated with a klo time, which write klo once. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("FICoordinatedClockRefiner", () => {
  it("reads each range and time of a list after klo as a time of that day", () => {
    expect(values("Rokotuksia ke 14.10.2026 klo 9–11.30 ja 13–15.", null)).toEqual(["2026-10-14T09:00/2026-10-14T11:30", "2026-10-14T13:00/2026-10-14T15:00"]);
    expect(values("Opastetut kierrokset la 17.10.2026 kello 10, 12 ja 14.", null)).toEqual(["2026-10-17T10:00", "2026-10-17T12:00", "2026-10-17T14:00"]);
    expect(values("Näytökset su 18.10.2026 klo 12.30 sekä 15.45.", null)).toEqual(["2026-10-18T12:30", "2026-10-18T15:45"]);
  });

  it("gives the list the half of the day its klo time has", () => {
    expect(values("Konsertit pe 16.10.2026 illalla klo 6 ja 8.", null)).toEqual(["2026-10-16T18:00", "2026-10-16T20:00"]);
  });

  it("reads no number that goes back in the day, stands after a comma alone, or is a date", () => {
    expect(values("Kokous ti 13.10.2026 klo 18 ja 2 muuta tapaamista.", null)).toEqual(["2026-10-13T18:00"]);
    expect(values("Retki ti 13.10.2026 klo 9, 10 hengen ryhmissä.", null)).toEqual(["2026-10-13T09:00"]);
    expect(values("Kurssi ti 6.10.2026 klo 10 ja 13.10. uudelleen.", null)).toEqual(["2026-10-06T10:00", "2026-10-13"]);
  });

  it("leaves recurring hours alone, coordinated or not", () => {
    expect(values("Toimisto on auki arkisin klo 9–12 ja 13–16.", "2026-10-01")).toEqual([]);
  });
});
