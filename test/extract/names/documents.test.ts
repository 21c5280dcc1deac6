/** Names through whole invented documents of the corpus's genres: a webinar programme and minutes with foreign surnames in -n. */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const PROGRAMME = `Webinaari: Kestävä kaupunki 15.3.2025

Ohjelma
13.00 Tervetuloa – Elina Sjöblom, kehitysjohtaja, Kuntaliitto
13.10 Kaupunkien ilmastotyö – Rustam Nazarian, tutkija, Aalto-yliopisto
13.40 Kommenttipuheenvuoro – Helmi Laurén, asiantuntija, Sitra
14.00 Paneeli: Rustam Nazarian, Helmi Laurén ja Teemu Kallio
14.40 Päätössanat – Kristiina Halkola, Robert Schuman Foundation
Paneelin juontaa toimittaja Ossi Rahkonen.

Nazarianin esityksen diat julkaistaan verkossa. Tilaisuuden tukee Helena ja Kaarlo Mäkisen säätiö.`;

const MINUTES = `Yhtymähallitus
Pöytäkirja 5/2024

Läsnä
Harri Ekberg, puheenjohtaja
Sari Juutilainen, varapuheenjohtaja
Mirjam Abdullahin
Tuomas Lindén
Kati Elgin

§ 45 Pöytäkirjantarkastajien valinta
Pöytäkirjantarkastajiksi valittiin Tuomas Lindén ja Mirjam Abdullahin.

§ 46 Talousarvio
Talousjohtaja Petri Sundqvistin esityksestä hallitus hyväksyi talousarvion. Kati Elgin jätti eriävän mielipiteen. Elginin mukaan menot on arvioitu liian pieniksi.`;

describe("names in whole documents", () => {
  it("reads a programme's speakers, none of them inside an organization's name", () => {
    expect(extractPeople(PROGRAMME).map((p) => p.name)).toEqual(["Elina Sjöblom", "Rustam Nazarian", "Helmi Laurén", "Teemu Kallio", "Kristiina Halkola", "Ossi Rahkonen"]);
  });

  it("reads the surnames in -n of minutes as nominatives, and a genitive before a noun as a genitive", () => {
    expect(extractPeople(MINUTES).map((p) => p.name)).toEqual(["Harri Ekberg", "Sari Juutilainen", "Mirjam Abdullahin", "Tuomas Lindén", "Kati Elgin", "Petri Sundqvist"]);
  });
});
