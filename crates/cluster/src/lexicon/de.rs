//! German, with the Swiss spellings: umlauts are folded (ä → ae, and the
//! lexicon also holds the forms typed without them), ß is written ss.
//! German glues words into compounds ("Gepäckverlust", "Rückerstattungs-
//! antrag"), so `COMPOUNDS` lists parts that are looked for inside words
//! the lexicon does not know. `_` joins the words of a phrase.

pub const STOP: &str =
    "aber alle allem allen aller alles als also am an ander andere anderen auch \
    auf aus bei beim bin bis bist da dadurch daher damit dann das dass dein deine dem den der des \
    dessen deshalb die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem \
    einen einer eines er es euer eure für fuer hab habe haben hat hatte hatten hier hin hinter ich \
    ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jede jedem jeden jeder jedes jetzt kann \
    kannst koennen können könnt man mein meine meinem meinen meiner mich mir mit muss musste nach \
    nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so soll sollte sondern \
    sonst über um und uns unser unsere unter vom von vor war waren warum was weil welche welcher \
    wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen \
    hallo guten grüezi gruezi tag morgen abend danke bitte freundliche grüsse gruesse gruss \
    liebe lieber sehr geehrte geehrter damen herren heute gestern schon immer mal eigentlich \
    flug flüge fluege fliegen geflogen flugzeug airline fluggesellschaft flughafen swiss lx sa \
    ok okay jemand etwas gibt geht gehen habe bekommen kriege tage tagen woche wochen \
    stunde seit mehr ganz gar denn halt einfach wirklich da dass";

pub const CONCEPTS: &str = "
cancel: annulliert annullierung annullieren annulliert gestrichen storniert stornierung
    stornieren abgesagt fällt_aus faellt_aus ausgefallen ausfall gecancelt streicht
    streichen findet_nicht_statt fliegt_nicht entfällt fällt~aus fiel~aus fallen~aus
    nicht_stattfindet nicht_stattfinden nicht_durchgeführt kein_flug keinen_flug
    kein_flieger keinen_flieger cancelled canceled cxl ausfällt ausfaellt fliegt_nichts
    nichts_fliegt kein_flug_mehr
delay: verspätung verspätet verspaetet verspaetung verzögerung verzoegerung später
    spaeter verschoben zu_spät nicht_weg noch_nicht_gestartet nicht_abgeflogen geschoben
    nach_hinten neue_zeit rollfeld vorfeld sitzen~fest sassen~fest festsitzen
    ankunftszeit abflugzeit neue_abflugzeit neue_ankunftszeit noch_nicht_los
    stehen_immer_noch delayed
connection: anschluss anschlussflug umsteigen transfer verpasst verpasse
baggage: gepäck gepaeck koffer reisekoffer tasche taschen rucksack gepäckstück
    gepäckstücke gepäckband handgepäck kinderwagen kindersitz golfbag skier buggy
lost: verloren verschwunden vermisst fehlt fehlen nicht_angekommen nie_angekommen
    nicht_da geblieben liegengeblieben verlust auffinden gefunden zugestellt geliefert
    lieferung nachgeliefert verfolgen verfolgung suche kein_koffer keinen_koffer
    kein_gepäck koffer_ist_weg gepäck_ist_weg tasche_ist_weg nicht_gekommen ohne_koffer
    ohne_gepäck wo_ist_mein_koffer wo_ist wo_er_ist wo_sie_ist zurückbekommen
damaged: beschädigt beschaedigt beschädigung kaputt zerbrochen gebrochen abgebrochen
    abgerissen gerissen riss zerkratzt kratzer delle zerstört zerstoert rad räder rollen
    griff reissverschluss reparatur schaden schäden nass gesprungen schale verbogen
refund: rückerstattung rueckerstattung erstattung erstatten erstattet rückzahlung
    rueckzahlung zurückerstatten rückvergütung geld_zurück geld_zurueck zurückzahlen
    zweimal_belastet doppelt_belastet doppelt_bezahlt mein_geld geld_wieder
    mein_geld_zurück
compensation: entschädigung entschaedigung ausgleichszahlung ausgleich entschädigen 261
    eu261 verordnung fluggastrechte aussergewöhnliche_umstände aussergewöhnlicher_umstände
rebook: umbuchen umbuchung umgebucht ändern aendern verschieben vorverlegen verlegen
    alternative alternativflug anderen_flug nächsten_flug rebooking anstatt statt_am
    buchen~um buche~um bucht~um datum_ändern buchung_ändern flug_ändern datumsänderung
booking: buchung buchungen gebucht buchen reservation reservierung ticket tickets
    billett billet flugschein
name: vorname nachname falsch_geschrieben schreibfehler tippfehler meinen_namen
    mein_name meinem_namen namensänderung namen_ändern
checkin: check_in checkin einchecken eingecheckt
app: app applikation login passwort fehler fehlermeldung absturz stürzt_ab abgestürzt
    wallet weisser_bildschirm stürzt~ab
boarding_pass: bordkarte bordkarten boardingpass boarding_pass
boarding: boarding einsteigen gate
seat: fensterplatz gangplatz beinfreiheit nebeneinander zusammen_sitzen
    sitzplatzreservation sitzplatzreservierung platzreservation reservierter_platz getrennt
upgrade: upgrade upgraden business_class first_class businessklasse business
miles: meilen punkte vielflieger gold silver senator frequent_flyer mitglied
    mitgliedschaft gutgeschrieben treue gold_status statusmeilen punkten statuspunkte
account: konto profil
assistance: rollstuhl betreuung assistenz behinderung behindert gehbehindert blind
    gehörlos gehoerlos krücken kruecken eingeschränkt begleitung begleiten autist autistisch
    autismus
child: kind kinder baby säugling sohn tochter minderjährig kinderwagen
pet: hund hunde hündchen katze katzen haustier haustiere tier tiere welpe käfig
    transportbox blindenhund assistenzhund führhund kaninchen hamster vogel
invoice: rechnung rechnungen quittung quittungen beleg belege mwst mehrwertsteuer spesen
    zahlungsbestätigung
staff: personal bodenpersonal crew besatzung mitarbeiter mitarbeiterin angestellte
    flugbegleiter flugbegleiterin stewardess steward schalter pilot dame herr
rude: unfreundlich unhöflich unhoeflich arrogant respektlos angeschrien geschrien
    verhalten benehmen unprofessionell beleidigt ignoriert gelacht ausgelacht aggressiv
    frechheit herablassend augen_gerollt idioten dumm
food: essen mahlzeit getränk getränke getraenke wasser snack sandwich kaffee tee
    vegetarisch vegetarische vegan glutenfrei verpflegung frühstück mittagessen abendessen
    trinken hunger durst menü
cabin: toilette toiletten wc unterhaltung wlan wifi decke kalt heiss temperatur dreckig
    schmutzig sauber gestank lärm klimaanlage kissen kopfhörer armlehne rückenlehne
    bildschirm_am_platz filme
overbooking: überbucht ueberbucht überbuchung ueberbuchung abgewiesen nicht_mitfliegen
    nicht_einsteigen boarding_verweigert flug_voll beförderung_verweigert
    einsteigen_verweigert zu_viele_tickets zu_viele_passagiere durfte_nicht_einsteigen
    nicht_einsteigen_lassen nicht_mitfliegen_lassen nicht_an_bord_gelassen flug_ist_voll
    flug_war_voll flieger_voll
rights: rechte anspruch
hotel: hotel hotels übernachtung uebernachtung unterkunft zimmer
voucher: gutschein gutscheine voucher
strike: streik streiks gestreikt
weather: schnee sturm gewitter wetter nebel wind eis enteisung unwetter
payment: bezahlt bezahlen zahlung belastet abgebucht kreditkarte karte bank doppelt
    transaktion
money: geld euro eur chf franken
contact: hotline telefon angerufen anrufen email mail antwort antworten erreichbar
    erreichen kundendienst kontakt chat
hours: stunden minuten warten gewartet wartezeit warte
information: information informationen info infos auskunft durchsage neuigkeiten
allowance: freigepäck übergepäck uebergepaeck übergewicht kg kilo gewicht zusatzgepäck
documents: pass reisepass visum esta ausweis identitätskarte dokumente
transport: taxi bus zug shuttle
lounge: lounge
complaint: beschwerde reklamation unmöglich inakzeptabel skandal frechheit enttäuscht
    unter_aller_sau
price: preis kosten kostet gebühr gebuehr teuer tarif
malfunction: funktioniert_nicht geht_nicht ging_nicht funktionierte_nicht ausser_betrieb
    defekt
online: webseite website online seite link herunterladen download laden
aboard: kabine an_bord
place: sitzplatz sitzplätze sitzplaetze platz plätze plaetze reihe
";

/// Parts looked for inside unknown words ("Gepäckverlust" holds baggage
/// and lost). Only parts that do not hide inside everyday words: "essen"
/// would be found in "vergessen", "hund" in "hundert".
pub const COMPOUNDS: &str = "
baggage: gepäck koffer
lost: verlust
cancel: annull stornier
delay: verspät
refund: erstatt rückzahl
compensation: entschädig ausgleichszahl fluggastrecht
rebook: umbuch
checkin: eincheck checkin
boarding_pass: bordkart boardingpass
seat: sitzreserv platzreserv
upgrade: upgrade
miles: meilen vielflieger
assistance: rollstuhl behindert
pet: haustier transportbox
invoice: rechnung quittung
staff: personal flugbegleit
food: mahlzeit verpflegung getränk mittagessen abendessen
overbooking: überbuch
hotel: hotel
voucher: gutschein
strike: streik
weather: gewitter unwetter schnee
place: sitzplatz
";
