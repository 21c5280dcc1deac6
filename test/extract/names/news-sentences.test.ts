/**
 * Person names in general Finnish news, in base form (PHENOMENA 10–13):
 * names the DVV lists lack after a title or beside a verb of saying, later
 * mentions by surname, foreign names with particles, inflected foreign names.
 * Invented sentences, each with the people it names.
 */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // a common surname that is also a common word: before `mukaan` where a sentence starts, or capitalised where no capital goes
  ["Tuomisen mukaan kauppa on jo sovittu.", ["Tuominen"]],
  // a surname in -n the lists lack keeps it before a finite verb: a subject's nominative, no genitive of Castillo
  ["Presidentti Elena Castillon vieraili Helsingissä.", ["Elena Castillon"]],
  ["Presidentti Elena Castillon mukaan vierailu onnistui.", ["Elena Castillo"]],
  ["Neuvotteluissa mukana ollut Karjalainen oli tyytyväinen tulokseen.", ["Karjalainen"]],
  ["Pääministeri Petteri Orpo sanoi tiistaina, että hallitus pitää kiinni tavoitteistaan.", ["Petteri Orpo"]],
  ["Yhdysvaltain presidentti Joe Biden tapasi Ranskan presidentin Emmanuel Macronin Pariisissa. Bidenin mukaan tapaaminen oli hyödyllinen.", ["Joe Biden", "Emmanuel Macron"]],
  ["Britannian entinen pääministeri Boris Johnson kommentoi asiaa. Johnsonin mukaan päätös oli virhe.", ["Boris Johnson"]],
  ["Ulkoministeri soitti Emmanuel Macronille ja kiitti Macronia tuesta.", ["Emmanuel Macron"]],
  ["Boris Johnsonia arvosteltiin. Johnsonille esitettiin kysymyksiä.", ["Boris Johnson"]],
  ["Liittokansleri Olaf Scholzilta kysyttiin asiasta, mutta Scholz ei vastannut.", ["Olaf Scholz"]],
  ["Hollannin pääministeri Mark Rutte ja Belgian pääministeri Alexander De Croo allekirjoittivat sopimuksen.", ["Mark Rutte", "Alexander De Croo"]],
  ["Tutkimusta johtanut professori Ursula van der Leyen kertoo, että tulokset yllättivät.", ["Ursula van der Leyen"]],
  ["Saudi-Arabian kruununprinssi Mohammed bin Salman vieraili Kiinassa.", ["Mohammed bin Salman"]],
  ["Brasilian presidentti Luiz Inácio Lula da Silva saapui Helsinkiin.", ["Luiz Inácio Lula da Silva"]],
  ["– Tilanne on vakava, sanoo ylilääkäri Anu Kantele.", ["Anu Kantele"]],
  ["Kansanedustaja Jussi Halla-aho arvosteli esitystä. Halla-ahon mielestä esitys on puutteellinen.", ["Jussi Halla-aho"]],
  ["Espanjan pääministeri Pedro Sánchez ilmoitti ennenaikaisista vaaleista.", ["Pedro Sánchez"]],
  ["Valmentaja Jukka Jalonen kehui joukkueen puolustusta. Jalonen sanoi, että maalivahti pelasi hyvin.", ["Jukka Jalonen"]],
  ["Kirjailija Sofi Oksanen palkittiin. Oksasen romaani on käännetty 40 kielelle.", ["Sofi Oksanen"]],
  ["Oikeus tuomitsi Ahmed Hassanin kahden vuoden vankeuteen.", ["Ahmed Hassan"]],
  ["Venäjän presidentti Vladimir Putin puhui televisiossa. Putinin mukaan sota jatkuu.", ["Vladimir Putin"]],
  ["Tesla-yhtiön toimitusjohtaja Elon Musk twiittasi asiasta. Muskin mukaan yhtiö kasvaa.", ["Elon Musk"]],
  ["Euroopan komission puheenjohtaja Ursula von der Leyen kertoi, että apua jatketaan.", ["Ursula von der Leyen"]],
  ["Tutkija Jean-Pierre Dubois kertoo, että ranskalaiset ovat huolissaan. Dubois'n mukaan hallitus ei kuuntele.", ["Jean-Pierre Dubois"]],
  ["Professori Aisha Okonkwo-Smith esitteli tutkimuksen. Okonkwo-Smithin mukaan tulokset ovat selviä.", ["Aisha Okonkwo-Smith"]],
  ["Kuvernööri Gavin Newsom allekirjoitti lain. Newsomin mukaan laki suojelee kuluttajia.", ["Gavin Newsom"]],
  ["Kapellimestari Esa-Pekka Salonen johti konsertin. Salosen mukaan orkesteri soitti loistavasti.", ["Esa-Pekka Salonen"]],
  ["Sotilasjohtaja Khalifa Haftar ilmoitti tulitauosta.", ["Khalifa Haftar"]],
  ["Neuvotteluja johtaa diplomaatti Kwame Mensah. Mensahin mukaan sopu on lähellä.", ["Kwame Mensah"]],
  ["Ghanalainen ekonomisti Kwabena Owusu-Ansah sanoo, että korot nousevat.", ["Kwabena Owusu-Ansah"]],
  ["Tutkimuksen teki Amira Haddad. Haddad kertoi, että tulokset julkaistaan keväällä.", ["Amira Haddad"]],
  ["Valtuutettu Siobhan Kelly ehdotti muutosta. Kellyn mukaan muutos on välttämätön.", ["Siobhan Kelly"]],
  ["Oikeusministeri Leena Meri vastasi kysymyksiin. Meren mukaan lakia muutetaan.", ["Leena Meri"]],
  ["Lehdistötilaisuudessa puhuivat Mette Frederiksen ja Ulf Kristersson.", ["Mette Frederiksen", "Ulf Kristersson"]],
  ["Tanskan pääministeri Mette Frederiksen vieraili Oslossa. Frederiksenin mukaan yhteistyö toimii.", ["Mette Frederiksen"]],
  ["Haastattelimme professori Jürgen Habermasia hänen kotonaan.", ["Jürgen Habermas"]],
  ["Valkoisen talon kutsun lähetti presidentti Barack Obamalle. Obamaa pyydettiin puhumaan.", ["Barack Obama"]],
  ["Yhtiön toimitusjohtaja Satya Nadella vieraili Espoossa. Nadellan mukaan tekoäly muuttaa työtä.", ["Satya Nadella"]],
  ["Poliisi pidätti Abdullah al-Rashidin lentokentällä.", ["Abdullah al-Rashid"]],
  ["Puheenjohtajaksi valittiin Riitta Mäkinen ja varapuheenjohtajaksi Juha Kontio.", ["Riitta Mäkinen", "Juha Kontio"]],
  ["Ministeri Ville Tavion mukaan maahanmuuttoa on rajoitettava.", ["Ville Tavio"]],
  ["Poliisi kuulusteli Matti Virtasta ja Jaana Koskelaa tapahtumista.", ["Matti Virtanen", "Jaana Koskela"]],
  ["Tutkija Hanna Ciolan kertoi, että aineistoa on paljon. Ciolanin mukaan työ jatkuu.", ["Hanna Ciolan"]],
  ["Tapahtumassa puhuivat Tiia Lintula ja Henri Kontkin.", ["Tiia Lintula", "Henri Kontkin"]],
  ["Pääministeri Sanna Marin sanoi, että tilanne on vakava. Marinin mukaan apua tarvitaan.", ["Sanna Marin"]],
  ["Ulkoministeri Alexander Stubbin mukaan Suomi on valmis. Stubb puhui Brysselissä.", ["Alexander Stubb"]],
  ["Kansanedustaja Eva Biaudet kysyi asiasta. Biaudet'n mukaan vastaus oli puutteellinen.", ["Eva Biaudet"]],
  ["Keskustelussa olivat mukana Sari Essayah, Antti Lindtman ja Riikka Purra.", ["Sari Essayah", "Antti Lindtman", "Riikka Purra"]],
  ["Formulakuljettaja Valtteri Bottas ajoi toiseksi. Bottaksen mukaan auto toimi hyvin.", ["Valtteri Bottas"]],
  ["Kilpailun voitti Lewis Hamilton. Hamiltonin mukaan kisa oli vaikea.", ["Lewis Hamilton"]],
  ["WikiLeaksin perustaja Julian Assange vapautettiin. Assangen mukaan vankeus oli raskasta.", ["Julian Assange"]],
  ["Keskuspankin pääjohtaja Christine Lagarden mukaan korot pysyvät.", ["Christine Lagarde"]],
  ["Tutkija Peter Sarlin esitteli tekoälyhanketta. Sarlinin mukaan hanke etenee.", ["Peter Sarlin"]],
  ["Seminaarissa puhuivat professori Jan Vapaavuori ja tutkija Maryam Rahimian.", ["Jan Vapaavuori", "Maryam Rahimian"]],
  ["Ruotsin pääministeri Ulf Kristerssonin mukaan Ruotsi tukee Suomea.", ["Ulf Kristersson"]],
  ["Pääministeri Narendra Modi vieraili Moskovassa. Modin mukaan suhteet ovat hyvät.", ["Narendra Modi"]],
  ["Ohjaaja Aki Kaurismäen uusi elokuva sai ensi-iltansa. Kaurismäki kiitti näyttelijöitä.", ["Aki Kaurismäki"]],
  ["Lehden haastattelema ekonomisti Olivier Blanchard arvioi, että inflaatio hidastuu.", ["Olivier Blanchard"]],
];

describe("people named in news sentences", () => {
  for (const [sentence, people] of CASES) {
    it(sentence, () => {
      expect(extractPeople(sentence).map((p) => p.name)).toEqual(people);
    });
  }
});
