import { describe, expect, it } from "vitest";
import { texts, values } from "./helpers.js";

describe("FIWeekdayPrefixRefiner", () => {
  it.each([
    ["Ke 2.2.2022 klo 18-19.30 Avaus", "Ke 2.2.2022 klo 18-19.30"],
    ["ke 28.9. klo 17-18", "ke 28.9. klo 17-18"],
    ["kokous tiistaina 13.4.2021 klo 12–14.", "tiistaina 13.4.2021 klo 12–14"],
    ["Torstai 5.6.2025", "Torstai 5.6.2025"],
    ["maanantaista torstaihin 2.-5.2.2026 tästä", "maanantaista torstaihin 2.-5.2.2026"],
    ["keskiviikkona 25. lokakuuta kokoontunut", "keskiviikkona 25. lokakuuta"],
    ["Pe. 3.6.2022", "Pe. 3.6.2022"],
    ["TORSTAINA, 5.6.2025", "TORSTAINA, 5.6.2025"],
    ["la–su 1.–2.4.2023", "la–su 1.–2.4.2023"],
    ["Katso: 2.2.2022", "2.2.2022"],
    ["mato 2.2.2022", "2.2.2022"],
    // translative, ablative and allative: the day a thing is set for, moved from or to
    ["Perjantaiksi 4.2.2022 sovittu", "Perjantaiksi 4.2.2022"],
    ["siirtyy keskiviikolta 2.2.2022 eteenpäin", "keskiviikolta 2.2.2022"],
    ["siirtyy torstaille 3.2.2022", "torstaille 3.2.2022"],
  ])("%s → «%s»", (text, expected) => {
    expect(texts(text, "2022-01-01")).toEqual([expected]);
  });

  it("takes a direction word before the weekday into the date, which then settles the day", () => {
    expect(texts("Kerho kokoontuu ensi keskiviikkona 16.2. seurakuntatalolla.", "2022-01-01")).toEqual(["ensi keskiviikkona 16.2."]);
    // written a month after the page: the stated date, not the next Wednesday after the reference date
    expect(values("Kerho kokoontuu ensi keskiviikkona 16.2.2022.", "2022-03-01")).toEqual(["2022-02-16"]);
  });

  it("lets an inflected weekday settle a year-less date's year", () => {
    // 11.12. is a Friday in 2026; the year 2030 before it names a target, not the time of writing
    expect(values("Tavoite vuoteen 2030 mennessä on selvä. Lauantaiksi 12.12. kello 18 ilmoitettu ilta siirtyy keskiviikolle 16.12.", "2026-12-01")).toEqual([
      "2026-12-12T18:00",
      "2026-12-16",
    ]);
  });

  it("makes no time of a weekday alone", () => {
    expect(values("Kokoonnumme keskiviikkona ja la–su.")).toEqual([]);
  });
});
