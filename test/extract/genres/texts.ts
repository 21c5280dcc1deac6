/**
 * Invented texts of the genres the extractor reads — a webinar programme, a
 * board's decision summary, welfare-area and meeting news, announcements,
 * minutes (§ items, form headers, flattened exports), an association's
 * meeting — each with what ANNOTATION.md says a careful annotator marks:
 * every time's value; every event's start, end, kind and a title an
 * annotator would write (judged as the scorer judges it); every decision's
 * outcome and a verbatim evidence its span must overlap. None is a corpus
 * sentence.
 */

/** An event: start, end, kind, title, and the index of its parent for a programme slot. */
export type GenreEvent = [start: string, end: string | null, kind: string, title: string, parent?: number];

export interface GenreText {
  name: string;
  referenceDate: string;
  text: string;
  times: string[];
  events: GenreEvent[];
  /** Outcome and evidence (a substring of the text). */
  decisions: Array<[outcome: string, evidence: string]>;
}

export const GENRE_TEXTS: GenreText[] = [
  {
    name: "webinar",
    referenceDate: "2026-09-20",
    text: `Kestävä liikkuminen kunnissa -webinaari

Aika: torstai 15.10.2026 klo 9.00–12.00
Paikka: Teams, linkki lähetetään ilmoittautuneille

Ilmoittaudu viimeistään 8.10. tämän lomakkeen kautta.

Ohjelma

9.00 Tervetuloa ja avaus, johtaja Pekka Laine
9.15–9.45 Liikkumisen tilannekuva maakunnassa
9.45-10.30 Kokemuksia kuntakokeiluista
10.30 Tauko
10.45–11.40 Paneelikeskustelu: miten tästä eteenpäin?
11.40-12 Yhteenveto ja päätös

Tallenne julkaistaan verkkosivuilla 22.10.2026.
`,
    times: [
      "2026-10-15T09:00/2026-10-15T12:00",
      "2026-10-08",
      "2026-10-15T09:00",
      "2026-10-15T09:15/2026-10-15T09:45",
      "2026-10-15T09:45/2026-10-15T10:30",
      "2026-10-15T10:30",
      "2026-10-15T10:45/2026-10-15T11:40",
      "2026-10-15T11:40/2026-10-15T12:00",
      "2026-10-22",
    ],
    events: [
      ["2026-10-15T09:00", "2026-10-15T12:00", "webinar", "Kestävä liikkuminen kunnissa -webinaari"],
      ["2026-10-08", null, "deadline", "Ilmoittautuminen"],
      ["2026-10-15T09:00", null, "programme-item", "Tervetuloa ja avaus, johtaja Pekka Laine", 0],
      ["2026-10-15T09:15", "2026-10-15T09:45", "programme-item", "Liikkumisen tilannekuva maakunnassa", 0],
      ["2026-10-15T09:45", "2026-10-15T10:30", "programme-item", "Kokemuksia kuntakokeiluista", 0],
      ["2026-10-15T10:30", null, "programme-item", "Tauko", 0],
      ["2026-10-15T10:45", "2026-10-15T11:40", "programme-item", "Paneelikeskustelu: miten tästä eteenpäin?", 0],
      ["2026-10-15T11:40", "2026-10-15T12:00", "programme-item", "Yhteenveto ja päätös", 0],
      ["2026-10-22", null, "other", "Tallenteen julkaisu"],
    ],
    decisions: [],
  },
  {
    name: "board-summary",
    referenceDate: "2026-04-15",
    text: `Tekninen lautakunta 14.4.2026

§ 31 Katujen kunnossapidon urakkasopimus
Lautakunta hyväksyi urakkasopimuksen Tieura Oy:n kanssa esityksen mukaisesti.

§ 32 Liikuntapaikkojen käyttömaksut
Asia jätettiin pöydälle.

§ 33 Koulukadun asemakaavan muutos
Asia palautettiin valmisteluun äänin 7–4.

§ 34 Valtuustoaloite hulevesien hallinnasta
Lautakunta hylkäsi aloitteen äänin 6–5. Eriävän mielipiteen jätti Kaisa Mäntylä.

§ 35 Lautakunnan edustajan valinta liikenneturvallisuusryhmään
Lautakunta valitsi edustajakseen Markku Heinosen ja varalle Anne Pulkkisen.

§ 36 Viranhaltijapäätökset
Merkittiin tiedoksi.

§ 37 Leikkipuistojen peruskorjausohjelma
Lautakunta hyväksyi ohjelman muutoksin: Kirkkopuiston peruskorjaus siirretään vuodelle 2027.

Lautakunnan seuraava kokous pidetään tiistaina 12.5.2026 kello 17.
`,
    times: [
      "2026-04-14",
      "2026-05-12T17:00",
    ],
    events: [
      ["2026-04-14", null, "meeting", "Teknisen lautakunnan kokous"],
      ["2026-05-12T17:00", null, "meeting", "Lautakunnan seuraava kokous"],
    ],
    decisions: [
      ["approved", "Lautakunta hyväksyi urakkasopimuksen Tieura Oy:n kanssa esityksen mukaisesti"],
      ["postponed", "Asia jätettiin pöydälle"],
      ["postponed", "Asia palautettiin valmisteluun äänin 7–4"],
      ["rejected", "Lautakunta hylkäsi aloitteen äänin 6–5"],
      ["elected", "Lautakunta valitsi edustajakseen Markku Heinosen ja varalle Anne Pulkkisen"],
      ["noted", "Merkittiin tiedoksi"],
      ["amended", "Lautakunta hyväksyi ohjelman muutoksin: Kirkkopuiston peruskorjaus siirretään vuodelle 2027"],
    ],
  },
  {
    name: "welfare-news",
    referenceDate: "2026-03-10",
    text: `Aluehallitus päätti palveluverkon muutoksista

Pohjois-Savon hyvinvointialueen aluehallitus käsitteli maanantaina 9.3.2026 palveluverkkoselvitystä. Aluehallitus päätti esittää aluevaltuustolle, että Kaavin terveysaseman vuodeosasto lakkautetaan 1.6.2026 alkaen.

Lisäksi aluehallitus hyväksyi hyvinvointialueen henkilöstöohjelman ja nimitti hankintajohtajan virkaan kauppatieteiden maisteri Liisa Ruotsalaisen.

Aluehallitus ei myöntänyt lisämäärärahaa ensihoidon varikolle. Esitys sotekeskusten aukioloaikojen lyhentämisestä hylättiin äänin 8–5.

Aluevaltuusto käsittelee palveluverkkoa kokouksessaan 23.3.2026.
`,
    times: [
      "2026-03-09",
      "2026-06-01",
      "2026-03-23",
    ],
    events: [
      ["2026-03-09", null, "meeting", "Aluehallituksen kokous"],
      ["2026-06-01", null, "milestone", "Kaavin terveysaseman vuodeosaston lakkauttaminen"],
      ["2026-03-23", null, "meeting", "Aluevaltuuston kokous"],
    ],
    decisions: [
      ["decided", "Aluehallitus päätti esittää aluevaltuustolle, että Kaavin terveysaseman vuodeosasto lakkautetaan 1.6.2026 alkaen"],
      ["approved", "Lisäksi aluehallitus hyväksyi hyvinvointialueen henkilöstöohjelman"],
      ["appointed", "nimitti hankintajohtajan virkaan kauppatieteiden maisteri Liisa Ruotsalaisen"],
      ["rejected", "Aluehallitus ei myöntänyt lisämäärärahaa ensihoidon varikolle"],
      ["rejected", "Esitys sotekeskusten aukioloaikojen lyhentämisestä hylättiin äänin 8–5"],
    ],
  },
  {
    name: "meeting-news",
    referenceDate: "2026-02-17",
    text: `Kunnanhallitus kokoontui maanantaina

Kunnanhallitus käsitteli kokouksessaan 16.2.2026 muun muassa kunnan talousarvion toteutumaa. Hallitus merkitsi tiedoksi talouskatsauksen.

Kunnanhallitus päätti julistaa sivistysjohtajan viran haettavaksi. Virka pyritään täyttämään 1.8.2026 alkaen.

Kirjaston laajennusta koskeva asia päätettiin palauttaa valmisteluun. Hallitus asetti työryhmän valmistelemaan hyvinvointikertomusta.

Kunnanhallitus kokoontuu seuraavan kerran 2.3.2026.
`,
    times: [
      "2026-02-16",
      "2026-02-16",
      "2026-08-01",
      "2026-03-02",
    ],
    events: [
      ["2026-02-16", null, "meeting", "Kunnanhallituksen kokous"],
      ["2026-03-02", null, "meeting", "Kunnanhallituksen seuraava kokous"],
    ],
    decisions: [
      ["noted", "Hallitus merkitsi tiedoksi talouskatsauksen"],
      ["decided", "Kunnanhallitus päätti julistaa sivistysjohtajan viran haettavaksi"],
      ["postponed", "Kirjaston laajennusta koskeva asia päätettiin palauttaa valmisteluun"],
      ["appointed", "Hallitus asetti työryhmän valmistelemaan hyvinvointikertomusta"],
    ],
  },
  {
    name: "announcement",
    referenceDate: "2026-03-10",
    text: `Asukasilta Kirkonkylän koululla

Tervetuloa asukasiltaan ensi tiistaina illalla klo 7 Kirkonkylän koulun ruokalaan! Illan aiheena on kylän liikenneturvallisuus.

Kirjasto on avoinna arkisin klo 12–19 ja lauantaisin klo 10–14. Neuvonta palvelee ma–pe klo 9–16.

Sovelluksen versio 3.2. on ladattavissa kaupasta. Lisätietoja lain 410/2015 perusteella.

Kyselyyn voi vastata viimeistään 30.4.
`,
    times: [
      "2026-03-17T19:00",
      "2026-04-30",
    ],
    events: [
      ["2026-03-17T19:00", null, "hearing", "Asukasilta"],
      ["2026-04-30", null, "deadline", "Kysely"],
    ],
    decisions: [],
  },
  {
    name: "minutes",
    referenceDate: "2026-04-23",
    text: `PÖYTÄKIRJA

Sivistyslautakunta
Kokousaika: keskiviikko 22.4.2026 klo 18.00–19.45
Kokouspaikka: Kunnantalo, valtuustosali

§ 20 Kokouksen laillisuus ja päätösvaltaisuus
Päätös: Todettiin kokous lailliseksi ja päätösvaltaiseksi.

§ 21 Pöytäkirjantarkastajien valinta
Ehdotus: Valitaan pöytäkirjantarkastajiksi Mika Salo ja Tiina Aho.
Päätös: Ehdotus hyväksyttiin.

§ 22 Varhaiskasvatuksen asiakasmaksut
Ehdotus: Lautakunta hyväksyy asiakasmaksut liitteen mukaisesti.
Päätös
Muutetun ehdotuksen mukaan.

§ 23 Koulukuljetusperiaatteet
Päätös: Asia jätettiin pöydälle.

§ 24 Ilmoitusasiat
Päätös: Merkittiin tiedoksi.

Pöytäkirja on nähtävänä kunnan verkkosivuilla 29.4.2026.
`,
    times: [
      "2026-04-22T18:00/2026-04-22T19:45",
      "2026-04-29",
    ],
    events: [
      ["2026-04-22T18:00", "2026-04-22T19:45", "meeting", "Sivistyslautakunnan kokous"],
      ["2026-04-29", null, "other", "Pöytäkirja nähtävänä"],
    ],
    decisions: [
      ["decided", "Päätös: Todettiin kokous lailliseksi ja päätösvaltaiseksi."],
      ["elected", "Päätös: Ehdotus hyväksyttiin."],
      ["amended", "Muutetun ehdotuksen mukaan."],
      ["postponed", "Päätös: Asia jätettiin pöydälle."],
      ["noted", "Päätös: Merkittiin tiedoksi."],
    ],
  },
  {
    name: "council-elections",
    referenceDate: "2026-06-16",
    text: `Valtuusto valitsi lautakuntien puheenjohtajat

Kaupunginvaltuusto kokoontui maanantaina 15.6.2026. Valtuusto valitsi sivistyslautakunnan puheenjohtajaksi Eeva Koivisto. Varapuheenjohtajaksi Juha Nieminen.

Teknisen lautakunnan puheenjohtajaksi valittiin Ari Lehtonen ja varapuheenjohtajaksi Sari Kallio.

Tarkastuslautakunnan puheenjohtajaksi valittiin äänestyksen jälkeen Olli Räsänen äänin 29–22.

Valtuusto ei hyväksynyt valtuustoaloitetta maksuttomasta joukkoliikenteestä.

Lautakuntien toimikausi on 1.7.2026–31.5.2029.
`,
    times: [
      "2026-06-15",
      "2026-07-01/2029-05-31",
    ],
    events: [
      ["2026-06-15", null, "meeting", "Kaupunginvaltuuston kokous"],
      ["2026-07-01", "2029-05-31", "other", "Lautakuntien toimikausi"],
    ],
    decisions: [
      ["elected", "Valtuusto valitsi sivistyslautakunnan puheenjohtajaksi Eeva Koivisto"],
      ["elected", "Varapuheenjohtajaksi Juha Nieminen"],
      ["elected", "Teknisen lautakunnan puheenjohtajaksi valittiin Ari Lehtonen"],
      ["elected", "Tarkastuslautakunnan puheenjohtajaksi valittiin äänestyksen jälkeen Olli Räsänen äänin 29–22"],
      ["rejected", "Valtuusto ei hyväksynyt valtuustoaloitetta maksuttomasta joukkoliikenteestä"],
    ],
  },
  {
    name: "seminar-multi",
    referenceDate: "2026-05-04",
    text: `Maaseutuparlamentti 2026

Maaseutuparlamentti järjestetään Seinäjoella 11.–12.9.2026.

Perjantai 11.9.2026
klo 10–11 Avajaiset
11.00–12.30 Lounas
12:30-14:00 Työpajat

Lauantai 12.9.2026
9-10: Aamukahvi
10-11.30 Paneeli: kylät ja kunnat
12 Päätöstilaisuus

Ilmoittautuminen päättyy 31.8.2026. Varhaisen ilmoittautujan hinta on voimassa 15.7. saakka.
`,
    times: [
      "2026-09-11/2026-09-12",
      "2026-09-11",
      "2026-09-11T10:00/2026-09-11T11:00",
      "2026-09-11T11:00/2026-09-11T12:30",
      "2026-09-11T12:30/2026-09-11T14:00",
      "2026-09-12",
      "2026-09-12T09:00/2026-09-12T10:00",
      "2026-09-12T10:00/2026-09-12T11:30",
      "2026-09-12T12:00",
      "2026-08-31",
      "2026-07-15",
    ],
    events: [
      ["2026-09-11", "2026-09-12", "other", "Maaseutuparlamentti 2026"],
      ["2026-09-11T10:00", "2026-09-11T11:00", "programme-item", "Avajaiset", 0],
      ["2026-09-11T11:00", "2026-09-11T12:30", "programme-item", "Lounas", 0],
      ["2026-09-11T12:30", "2026-09-11T14:00", "programme-item", "Työpajat", 0],
      ["2026-09-12T09:00", "2026-09-12T10:00", "programme-item", "Aamukahvi", 0],
      ["2026-09-12T10:00", "2026-09-12T11:30", "programme-item", "Paneeli: kylät ja kunnat", 0],
      ["2026-09-12T12:00", null, "programme-item", "Päätöstilaisuus", 0],
      ["2026-08-31", null, "deadline", "Ilmoittautuminen päättyy"],
      ["2026-07-15", null, "deadline", "Varhaisen ilmoittautujan hinta"],
    ],
    decisions: [],
  },
  {
    name: "form-minutes",
    referenceDate: "2026-05-06",
    text: `Ympäristölautakunta
Kokouspäivä
5.5.2026
Alkamisaika
17:00
Päättymisaika
18:30

§ 15 Maa-aineslupa, Kivikangas
Päätös: Lautakunta myönsi luvan muutetun ehdotuksen mukaisesti.

§ 16 Ympäristönsuojelun valvontasuunnitelma
Lautakunta päätti yksimielisesti hyväksyä suunnitelman.

§ 17 Lausunto luonnonsuojelualueen perustamisesta
Lautakunta antoi lausunnon esittelijän ehdotuksen mukaisesti.

§ 18 Edustajan nimeäminen kosteikkotyöryhmään
Esitys: Lautakunta nimeää edustajan työryhmään.
Päätös: Lautakunta nimesi edustajaksi Timo Kuusiston.

Pöytäkirja 05.05.2026/Pykälä 15
`,
    times: [
      "2026-05-05",
      "2026-05-05T17:00",
      "2026-05-05T18:30",
      "2026-05-05",
    ],
    events: [
      ["2026-05-05T17:00", "2026-05-05T18:30", "meeting", "Ympäristölautakunnan kokous"],
    ],
    decisions: [
      ["amended", "Päätös: Lautakunta myönsi luvan muutetun ehdotuksen mukaisesti."],
      ["approved", "Lautakunta päätti yksimielisesti hyväksyä suunnitelman"],
      ["decided", "Lautakunta antoi lausunnon esittelijän ehdotuksen mukaisesti"],
      ["appointed", "Päätös: Lautakunta nimesi edustajaksi Timo Kuusiston."],
    ],
  },
  {
    name: "board-chain",
    referenceDate: "2026-01-29",
    text: `Yhtymähallituksen kokous 28.1.2026

Yhtymähallitus käsitteli talouskatsauksen, hyväksyi vuoden 2025 tilinpäätöksen sekä julisti haettavaksi talousjohtajan viran.

Hallitukselle perustetaan henkilöstöjaosto. Jaoston puheenjohtajaksi nimettiin Reijo Karvonen.

Yhtymähallitus jätti valtuuston päätöksen täytäntöön panematta. Ostopalvelujen lisämäärärahaa ei myönnetty.

Kiinteistöstrategian päivitys hyväksyttiin äänin 9–2. Hankintaohjeesta äänestettiin: 4 JAA-ääntä ja 7 EI-ääntä, joten ohje palautettiin valmisteluun.

Talousjohtajan virkaan voidaan nimittää myös muu kuin kauppatieteiden maisteri. Ennen yhtymän perustamista edustajat valitsi kunnanvaltuusto.

Valtuuston kesäkuussa hyväksymä investointiohjelma päivitetään syksyllä.

Yhtymähallitus kokoontuu: ti 24.2., ti 24.3. ja ke 22.4.2026.
`,
    times: [
      "2026-01-28",
      "2026-02-24",
      "2026-03-24",
      "2026-04-22",
    ],
    events: [
      ["2026-01-28", null, "meeting", "Yhtymähallituksen kokous"],
      ["2026-02-24", null, "meeting", "Yhtymähallituksen kokous"],
      ["2026-03-24", null, "meeting", "Yhtymähallituksen kokous"],
      ["2026-04-22", null, "meeting", "Yhtymähallituksen kokous"],
    ],
    decisions: [
      ["approved", "hyväksyi vuoden 2025 tilinpäätöksen"],
      ["decided", "julisti haettavaksi talousjohtajan viran"],
      ["decided", "Hallitukselle perustetaan henkilöstöjaosto"],
      ["appointed", "Jaoston puheenjohtajaksi nimettiin Reijo Karvonen"],
      ["rejected", "Yhtymähallitus jätti valtuuston päätöksen täytäntöön panematta"],
      ["rejected", "Ostopalvelujen lisämäärärahaa ei myönnetty"],
      ["approved", "Kiinteistöstrategian päivitys hyväksyttiin äänin 9–2"],
      ["postponed", "Hankintaohjeesta äänestettiin: 4 JAA-ääntä ja 7 EI-ääntä, joten ohje palautettiin valmisteluun"],
    ],
  },
  {
    name: "coffee-event",
    referenceDate: "2026-10-12",
    text: `Eläkeläisten kahvitilaisuus

Kahvitilaisuuden aika ja paikka
Torstai 5.11.2026 klo 13–15
Seurakuntakeskus, Kirkkotie 4

Tilaisuudessa esiintyy kuoro. Ilmoittautumiset 29.10. mennessä toimistoon, puh. 040 123 4567 (arkisin klo 9–12).

Kaupunginhallitus ja kaupunginvaltuusto kokoontuvat samana päivänä 16.11.2026.

Lautakunnan jäsenten toimikausi 1.6.2025–31.5.2029.
`,
    times: [
      "2026-11-05T13:00/2026-11-05T15:00",
      "2026-10-29",
      "2026-11-16",
      "2025-06-01/2029-05-31",
    ],
    events: [
      ["2026-11-05T13:00", "2026-11-05T15:00", "other", "Eläkeläisten kahvitilaisuus"],
      ["2026-10-29", null, "deadline", "Ilmoittautuminen"],
      ["2026-11-16", null, "meeting", "Kaupunginhallituksen kokous"],
      ["2026-11-16", null, "meeting", "Kaupunginvaltuuston kokous"],
      ["2025-06-01", "2029-05-31", "other", "Lautakunnan jäsenten toimikausi"],
    ],
    decisions: [],
  },
  {
    name: "welfare-news2",
    referenceDate: "2025-12-11",
    text: `Aluevaltuusto hyväksyi talousarvion – säästöistä äänestettiin

Länsi-Uudenmaan hyvinvointialueen aluevaltuusto hyväksyi kokouksessaan tiistaina 10.12.2025 vuoden 2026 talousarvion ja taloussuunnitelman vuosille 2026–2028. Talousarvio hyväksyttiin äänin 45–14.

Valtuusto hylkäsi vasemmistoliiton esityksen hammashoidon maksujen jäädyttämisestä. Valtuustoaloite perhekeskusten verkostosta merkittiin tiedoksi ja aloite katsottiin loppuun käsitellyksi.

Aluevaltuuston puheenjohtaja Maria Lindqvist totesi, että talouden tasapainottaminen jatkuu. Valtuusto kokoontuu seuraavan kerran 3.2.2026 klo 17.

Aluehallitus päättää palveluverkon muutoksista tammikuussa.
`,
    times: [
      "2025-12-10",
      "2026-02-03T17:00",
    ],
    events: [
      ["2025-12-10", null, "meeting", "Aluevaltuuston kokous"],
      ["2026-02-03T17:00", null, "meeting", "Valtuuston seuraava kokous"],
    ],
    decisions: [
      ["approved", "Länsi-Uudenmaan hyvinvointialueen aluevaltuusto hyväksyi kokouksessaan tiistaina 10.12.2025 vuoden 2026 talousarvion ja taloussuunnitelman vuosille 2026–2028"],
      ["rejected", "Valtuusto hylkäsi vasemmistoliiton esityksen hammashoidon maksujen jäädyttämisestä"],
      ["noted", "Valtuustoaloite perhekeskusten verkostosta merkittiin tiedoksi ja aloite katsottiin loppuun käsitellyksi"],
    ],
  },
  {
    name: "assoc-meeting",
    referenceDate: "2025-11-24",
    text: `Kyläyhdistyksen syyskokous

Kyläyhdistyksen sääntömääräinen syyskokous pidettiin sunnuntaina 23.11.2025 kylätalolla. Kokouksen puheenjohtajaksi valittiin Anneli Rautio ja sihteeriksi Jouni Lahti.

Kokous hyväksyi toimintasuunnitelman ja talousarvion vuodelle 2026. Jäsenmaksuksi päätettiin 20 euroa.

Hallituksen puheenjohtajana jatkaa Heikki Ojala. Hallitukseen valittiin erovuoroisten tilalle Marja Kettunen ja Pasi Ahonen. Varajäseneksi Tuula Mikkola.

Toiminnantarkastajaksi valittiin Seppo Huttunen, varalle Eija Honkanen.

Kevätkokous pidetään maaliskuussa.
`,
    times: [
      "2025-11-23",
    ],
    events: [
      ["2025-11-23", null, "meeting", "Kyläyhdistyksen syyskokous"],
    ],
    decisions: [
      ["elected", "Kokouksen puheenjohtajaksi valittiin Anneli Rautio"],
      ["approved", "Kokous hyväksyi toimintasuunnitelman ja talousarvion vuodelle 2026"],
      ["decided", "Jäsenmaksuksi päätettiin 20 euroa"],
      ["elected", "Hallitukseen valittiin erovuoroisten tilalle Marja Kettunen ja Pasi Ahonen"],
      ["elected", "Varajäseneksi Tuula Mikkola"],
      ["elected", "Toiminnantarkastajaksi valittiin Seppo Huttunen, varalle Eija Honkanen"],
    ],
  },
  {
    name: "mixed-events",
    referenceDate: "2026-03-03",
    text: `TIEDOTE 3.3.2026

Kaupunki järjestää asukastilaisuuden Länsirannan uudesta koulusta torstaina 12.3.2026 klo 18 kaupungintalolla. Tilaisuudessa esitellään koulun suunnitelmat.

Ensiapukoulutus järjestetään lauantaina 21.3.2026 klo 9–15 paloasemalla. Koulutukseen ilmoittaudutaan viimeistään 16.3.2026.

Valtuutetut tutustuvat uuteen sairaalaan 14.4.2026.

Hakemukset on jätettävä viimeistään perjantaina 27.3.2026 klo 15.

Vastuu pelastustoimesta siirtyy hyvinvointialueelle 1.1.2027. Uusi koulu on tavoitteena avata 15.8.2027.

Kuulutus julkaistiin Keskisuomalaisessa 2.3.2026. Kokouskutsu lähetettiin valtuutetuille 26.2.2026.

Tilastot kattavat ajanjakson 1.1.–31.8.2025. Hankkeen loppuraportti on päivätty 12.2.2026.

Julkaistu 3.3.2026 | muokattu 4.3.2026 10:02
`,
    times: [
      "2026-03-03",
      "2026-03-12T18:00",
      "2026-03-21T09:00/2026-03-21T15:00",
      "2026-03-16",
      "2026-04-14",
      "2026-03-27T15:00",
      "2027-01-01",
      "2027-08-15",
      "2026-03-02",
      "2026-02-26",
      "2025-01-01/2025-08-31",
      "2026-02-12",
      "2026-03-03",
      "2026-03-04T10:02",
    ],
    events: [
      ["2026-03-12T18:00", null, "hearing", "Asukastilaisuus Länsirannan uudesta koulusta"],
      ["2026-03-21T09:00", "2026-03-21T15:00", "training", "Ensiapukoulutus"],
      ["2026-03-16", null, "deadline", "Ilmoittautuminen ensiapukoulutukseen"],
      ["2026-04-14", null, "tour", "Tutustumiskäynti uuteen sairaalaan"],
      ["2026-03-27T15:00", null, "deadline", "Hakemusten jättäminen"],
      ["2027-01-01", null, "milestone", "Pelastustoimen vastuu siirtyy hyvinvointialueelle"],
      ["2026-03-02", null, "other", "Kuulutus Keskisuomalaisessa"],
      ["2026-02-26", null, "other", "Kokouskutsu"],
    ],
    decisions: [],
  },
  {
    name: "minutes-refs",
    referenceDate: "2026-02-10",
    text: `Rakennusjärjestyksen uudistaminen

Kunnanhallitus 12.1.2026 § 8
Kunnanvaltuusto 26.1.2026 § 3

Kunnanhallitus päätti 12.1.2026 asettaa rakennusjärjestyksen uudistamista valmistelevan työryhmän. Kunnanvaltuusto merkitsi asian tiedoksi kokouksessaan.

Ehdotus
Kunnanhallitus esittää valtuustolle, että rakennusjärjestys hyväksytään.

Päätös
Ehdotus hyväksyttiin yksimielisesti.

Pöytäkirja 09.02.2026/Pykälä 15

Tekninen lautakunta ja ympäristölautakunta pitävät yhteisen kokouksen 19.2.2026 klo 16.
`,
    times: [
      "2026-01-12",
      "2026-01-26",
      "2026-01-12",
      "2026-02-09",
      "2026-02-19T16:00",
    ],
    events: [
      ["2026-01-12", null, "meeting", "Kunnanhallituksen kokous"],
      ["2026-01-26", null, "meeting", "Kunnanvaltuuston kokous"],
      ["2026-02-09", null, "meeting", "Rakennusjärjestyksen uudistaminen"],
      ["2026-02-19T16:00", null, "meeting", "Teknisen lautakunnan ja ympäristölautakunnan yhteinen kokous"],
    ],
    decisions: [
      ["appointed", "Kunnanhallitus päätti 12.1.2026 asettaa rakennusjärjestyksen uudistamista valmistelevan työryhmän"],
      ["noted", "Kunnanvaltuusto merkitsi asian tiedoksi kokouksessaan"],
      ["approved", "Ehdotus hyväksyttiin yksimielisesti."],
    ],
  },
  {
    name: "minutes-export",
    referenceDate: "2026-04-14",
    text: `Kaupunginhallitus
Pöytäkirja 7/2026

Kokousaika
Maanantai 13.4.2026 klo 16:00 - 18:25

Kaupunginhallitus 13.04.2026 § 112

Tilinpäätös 2025

Valmistelija talousjohtaja Sari Virta

Päätösehdotus
Kaupunginjohtaja Mikko Aalto
Kaupunginhallitus päättää hyväksyä tilinpäätöksen ja saattaa sen tarkastuslautakunnan käsiteltäväksi.

Käsittely
Jäsen Leena Rinne ehdotti, että asia jätetään pöydälle. Asiasta äänestettiin. Äänestyksessä annettiin 8 jaa-ääntä ja 3 ei-ääntä.

Päätös
Kaupunginhallitus hyväksyi päätösehdotuksen äänin 8–3.

Kaupunginhallitus 13.04.2026 § 113

Kaupunginhallituksen edustajat lautakuntiin

Päätösehdotus
Kaupunginhallitus nimeää edustajansa lautakuntiin.

Päätös
Kaupunginhallitus nimesi edustajikseen sivistyslautakuntaan Pirjo Harjun ja tekniseen lautakuntaan Jukka Mattilan.

Kaupunginhallitus 13.04.2026 § 114

Ilmoitusasiat

Päätös
Merkittiin tiedoksi.
`,
    times: [
      "2026-04-13T16:00/2026-04-13T18:25",
      "2026-04-13",
      "2026-04-13",
      "2026-04-13",
    ],
    events: [
      ["2026-04-13T16:00", "2026-04-13T18:25", "meeting", "Kaupunginhallituksen kokous"],
    ],
    decisions: [
      ["approved", "Kaupunginhallitus hyväksyi päätösehdotuksen äänin 8–3."],
      ["appointed", "Kaupunginhallitus nimesi edustajikseen sivistyslautakuntaan Pirjo Harjun ja tekniseen lautakuntaan Jukka Mattilan."],
      ["noted", "Merkittiin tiedoksi."],
    ],
  },
  {
    name: "programme2",
    referenceDate: "2026-09-01",
    text: `Hyvinvointifoorumi ma–ti 5.–6.10.2026

Ilmoittautuminen 25.9. mennessä.

Maanantai 5.10.
9-10: Aamukahvi ja ilmoittautuminen
10-10:30 Avaus, aluehallituksen puheenjohtaja
10.30–12 Paneeli
12 lounas
kello 13-14 Työpajat
klo 14.15 – 15.45 Yhteenveto

Tiistai 6.10.
9.15-10 Aamun aloitus
10–11.30 Esitykset

Seuraava foorumi järjestetään 30.11.–2.12.2027 Oulussa.
`,
    times: [
      "2026-10-05/2026-10-06",
      "2026-09-25",
      "2026-10-05",
      "2026-10-05T09:00/2026-10-05T10:00",
      "2026-10-05T10:00/2026-10-05T10:30",
      "2026-10-05T10:30/2026-10-05T12:00",
      "2026-10-05T12:00",
      "2026-10-05T13:00/2026-10-05T14:00",
      "2026-10-05T14:15/2026-10-05T15:45",
      "2026-10-06",
      "2026-10-06T09:15/2026-10-06T10:00",
      "2026-10-06T10:00/2026-10-06T11:30",
      "2027-11-30/2027-12-02",
    ],
    events: [
      ["2026-10-05", "2026-10-06", "seminar", "Hyvinvointifoorumi"],
      ["2026-09-25", null, "deadline", "Ilmoittautuminen"],
      ["2026-10-05T09:00", "2026-10-05T10:00", "programme-item", "Aamukahvi ja ilmoittautuminen", 0],
      ["2026-10-05T10:00", "2026-10-05T10:30", "programme-item", "Avaus, aluehallituksen puheenjohtaja", 0],
      ["2026-10-05T10:30", "2026-10-05T12:00", "programme-item", "Paneeli", 0],
      ["2026-10-05T12:00", null, "programme-item", "lounas", 0],
      ["2026-10-05T13:00", "2026-10-05T14:00", "programme-item", "Työpajat", 0],
      ["2026-10-05T14:15", "2026-10-05T15:45", "programme-item", "Yhteenveto", 0],
      ["2026-10-06T09:15", "2026-10-06T10:00", "programme-item", "Aamun aloitus", 0],
      ["2026-10-06T10:00", "2026-10-06T11:30", "programme-item", "Esitykset", 0],
      ["2027-11-30", "2027-12-02", "seminar", "Seuraava hyvinvointifoorumi"],
    ],
    decisions: [],
  },
  {
    name: "welfare-restate",
    referenceDate: "2026-06-09",
    text: `Aluevaltuusto päätti lakkauttaa kolme vuodeosastoa

Etelä-Karjalan hyvinvointialueen aluevaltuusto päätti maanantaina lakkauttaa kolme terveyskeskuksen vuodeosastoa. Päätös syntyi äänin 38–21.

Aluevaltuusto päätti kokouksessaan 8.6.2026 lakkauttaa Parikkalan, Rautjärven ja Taipalsaaren vuodeosastot vuoden loppuun mennessä. Valtuutettu Merja Sarin esitti asian palauttamista valmisteluun, mutta esitys hävisi äänestyksessä.

– Tämä oli vaikea päätös, sanoi aluevaltuuston puheenjohtaja Teemu Kallio.

Hyvinvointialuejohtaja päätti viranhaltijapäätöksellä siirtää henkilöstön muihin yksiköihin 1.9.2026 alkaen. Lisäksi aluehallitus on asettanut työryhmän seuraamaan muutosta.

Vuodeosastojen lakkauttamisesta tehtiin kuntalaisaloite, joka kerää allekirjoituksia 30.6.2026 asti.
`,
    times: [
      "2026-06-08",
      "2026-06-08",
      "2026-09-01",
      "2026-06-30",
    ],
    events: [
      ["2026-06-08", null, "meeting", "Aluevaltuuston kokous"],
      ["2026-09-01", null, "milestone", "Henkilöstön siirto muihin yksiköihin"],
      ["2026-06-30", null, "milestone", "Kuntalaisaloitteen allekirjoitusten keruu päättyy"],
    ],
    decisions: [
      ["decided", "Aluevaltuusto päätti kokouksessaan 8.6.2026 lakkauttaa Parikkalan, Rautjärven ja Taipalsaaren vuodeosastot vuoden loppuun mennessä"],
      ["decided", "Hyvinvointialuejohtaja päätti viranhaltijapäätöksellä siirtää henkilöstön muihin yksiköihin 1.9.2026 alkaen"],
      ["appointed", "Lisäksi aluehallitus on asettanut työryhmän seuraamaan muutosta"],
    ],
  },
  {
    name: "announce-layouts",
    referenceDate: "2026-04-28",
    text: `Tervetuloa!

Kevätkonsertti
Aika: la 16.5.2026 klo 15
Paikka: Koulun juhlasali

KUTSU
Metsästysseuran vuosikokous pidetään sunnuntaina 24.5.2026 klo 12 seuran majalla. Kokouksessa käsitellään sääntömääräiset asiat.

Kaavaluonnos nähtävillä

Asemakaavaluonnos on nähtävillä 4.5.–22.5.2026 kunnantalolla. Mielipiteet on jätettävä 22.5.2026 mennessä.

Yleisötilaisuus kaavaluonnoksesta järjestetään tiistaina 12.5. klo 18–20 valtuustosalissa.

Lisätietoja: kaavoittaja Tuomas Heino, puh. 044 555 1234
`,
    times: [
      "2026-05-16T15:00",
      "2026-05-24T12:00",
      "2026-05-04/2026-05-22",
      "2026-05-22",
      "2026-05-12T18:00/2026-05-12T20:00",
    ],
    events: [
      ["2026-05-16T15:00", null, "other", "Kevätkonsertti"],
      ["2026-05-24T12:00", null, "meeting", "Metsästysseuran vuosikokous"],
      ["2026-05-04", "2026-05-22", "other", "Asemakaavaluonnos nähtävillä"],
      ["2026-05-22", null, "deadline", "Mielipiteiden jättäminen"],
      ["2026-05-12T18:00", "2026-05-12T20:00", "hearing", "Yleisötilaisuus kaavaluonnoksesta"],
    ],
    decisions: [],
  },
  {
    name: "minutes-attend",
    referenceDate: "2026-05-29",
    text: `Yhtymävaltuusto
PÖYTÄKIRJA 3/2026

Aika 28.5.2026 klo 13.00–15.10
Paikka Kuntayhtymän toimisto

Läsnä
Kari Niemi, puheenjohtaja
Anna Lehto (saapui klo 13.20, § 15 alusta)
Olli Mäki (poistui klo 14.45)

§ 14 Kokouksen avaus, laillisuus ja päätösvaltaisuus
Puheenjohtaja avasi kokouksen klo 13.00.
Päätös: Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.

§ 15 Tilintarkastuskertomus ja tilinpäätös 2025
Päätös: Yhtymävaltuusto hyväksyi tilinpäätöksen ja myönsi vastuuvapauden tilivelvollisille.

§ 16 Hallituksen jäsenen eronpyyntö ja uuden jäsenen valinta
Päätös: Valtuusto myönsi eron Pirkko Laineelle ja valitsi hänen tilalleen Timo Laakson.

§ 17 Seuraava kokous
Seuraava kokous pidetään 26.11.2026.

Puheenjohtaja päätti kokouksen klo 15.10.
`,
    times: [
      "2026-05-28T13:00/2026-05-28T15:10",
      "2026-05-28T13:20",
      "2026-05-28T14:45",
      "2026-05-28T13:00",
      "2026-11-26",
      "2026-05-28T15:10",
    ],
    events: [
      ["2026-05-28T13:00", "2026-05-28T15:10", "meeting", "Yhtymävaltuuston kokous"],
      ["2026-11-26", null, "meeting", "Seuraava kokous"],
    ],
    decisions: [
      ["decided", "Päätös: Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi."],
      // a chain of verbs states a decision each, on a Päätös line as in running text
      ["approved", "Yhtymävaltuusto hyväksyi tilinpäätöksen"],
      ["approved", "myönsi vastuuvapauden tilivelvollisille"],
      ["approved", "Valtuusto myönsi eron Pirkko Laineelle"],
      ["elected", "valitsi hänen tilalleen Timo Laakson"],
    ],
  },
  {
    name: "assoc-minutes",
    referenceDate: "2026-02-18",
    text: `Asukasyhdistys Kotikallio ry
Hallituksen kokous 2/2026
Aika: tiistai 17.2.2026 klo 18.00
Paikka: Kerhohuone

1. Kokouksen avaus
Puheenjohtaja Raili Hovi avasi kokouksen klo 18.05.

2. Kokouksen laillisuus ja päätösvaltaisuus
Kokous todettiin lailliseksi ja päätösvaltaiseksi.

3. Työjärjestyksen hyväksyminen
Työjärjestys hyväksyttiin muutoksitta.

4. Kevätretki
Päätettiin järjestää kevätretki Nuuksioon lauantaina 16.5.2026. Retken vastuuhenkilöksi valittiin Veikko Ranta.

5. Avustushakemus
Kaupungille lähetetään avustushakemus 31.3.2026 mennessä. Hakemuksen laatii sihteeri.

6. Seuraava kokous
Seuraava kokous pidetään tiistaina 17.3.2026 klo 18.

7. Kokouksen päättäminen
Puheenjohtaja päätti kokouksen klo 19.20.
`,
    times: [
      "2026-02-17T18:00",
      "2026-02-17T18:05",
      "2026-05-16",
      "2026-03-31",
      "2026-03-17T18:00",
      "2026-02-17T19:20",
    ],
    events: [
      ["2026-02-17T18:00", "2026-02-17T19:20", "meeting", "Hallituksen kokous"],
      ["2026-05-16", null, "tour", "Kevätretki Nuuksioon"],
      ["2026-03-31", null, "deadline", "Avustushakemus"],
      ["2026-03-17T18:00", null, "meeting", "Seuraava kokous"],
    ],
    decisions: [
      ["decided", "Kokous todettiin lailliseksi"],
      ["approved", "Työjärjestys hyväksyttiin muutoksitta"],
      ["decided", "Päätettiin järjestää kevätretki Nuuksioon lauantaina 16.5.2026"],
      ["elected", "Retken vastuuhenkilöksi valittiin Veikko Ranta"],
    ],
  },
  {
    name: "decided-points",
    referenceDate: "2026-03-03",
    text: `Kaupunginhallituksen päätöksiä 2.3.2026

Kaupunginhallitus päätti:
- hyväksyä kaupungin hankintaohjeen
- valita kaupungin edustajaksi Kuntaliiton kevätkokoukseen Mari Vuorisen
- merkitä tiedoksi sisäisen valvonnan raportin
- myöntää Kylätalo ry:lle 5 000 euron avustuksen

Lisäksi kaupunginhallitus päätti, että uimahallin peruskorjauksen suunnittelu käynnistetään.

Päätöksistä voi tehdä oikaisuvaatimuksen 14 päivän kuluessa.
`,
    times: ["2026-03-02"],
    events: [["2026-03-02", null, "meeting", "Kaupunginhallituksen kokous"]],
    decisions: [
      ["approved", "hyväksyä kaupungin hankintaohjeen"],
      ["elected", "valita kaupungin edustajaksi Kuntaliiton kevätkokoukseen Mari Vuorisen"],
      ["noted", "merkitä tiedoksi sisäisen valvonnan raportin"],
      ["approved", "myöntää Kylätalo ry:lle 5 000 euron avustuksen"],
      ["decided", "Lisäksi kaupunginhallitus päätti, että uimahallin peruskorjauksen suunnittelu käynnistetään"],
    ],
  },
  {
    name: "announcement-lines",
    referenceDate: "2026-04-22",
    text: `Kevätkonsertti

Lauantaina 16.5.2026
kello 15.00
Kirkko

Vapaa pääsy.

Kurssit

Kuvataidekurssi 4.5. klo 17 – 6.5. klo 20 työväenopistolla.

Kesänäyttely on esillä maanantaina 1.6.–perjantaina 28.8.2026.

Johtokunnan kokoukset syksyllä 2026:

8.9.2026
6.10.2026
3.11.2026

Infotilaisuus pidetään ensi viikon tiistaina illalla klo 6 kirjastossa.
`,
    times: [
      "2026-05-16",
      "2026-05-16T15:00",
      "2026-05-04T17:00/2026-05-06T20:00",
      "2026-06-01/2026-08-28",
      "2026-09-08",
      "2026-10-06",
      "2026-11-03",
      "2026-04-28T18:00",
    ],
    events: [
      ["2026-05-16T15:00", null, "other", "Kevätkonsertti"],
      ["2026-05-04T17:00", "2026-05-06T20:00", "training", "Kuvataidekurssi"],
      ["2026-06-01", "2026-08-28", "other", "Kesänäyttely"],
      ["2026-09-08", null, "meeting", "Johtokunnan kokous"],
      ["2026-10-06", null, "meeting", "Johtokunnan kokous"],
      ["2026-11-03", null, "meeting", "Johtokunnan kokous"],
      ["2026-04-28T18:00", null, "other", "Infotilaisuus"],
    ],
    decisions: [],
  },
];
