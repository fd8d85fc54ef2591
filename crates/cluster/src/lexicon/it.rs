//! Italian: stop words and the words of each concept, with and without
//! accents. `_` joins the words of a phrase.

pub const STOP: &str = "a ad al alla alle agli ai all anche ancora avere ho hai ha abbiamo avete \
    hanno che chi ci come con cosa da dal dalla dei del della delle dello di dopo e è ed era erano \
    essere fa gli ha i il in io la le lei li lo loro lui ma me mi mia mie miei mio ne nei nel nella \
    no noi non nostro nostra o per perché perche più piu poi quale quando quanto quello questa \
    questo qui se sei si sia siamo sono su sua sue suo sul sulla ti tra tu tutti tutto un una uno \
    vi voi vostro vostra buongiorno buonasera ciao grazie salve cordiali saluti oggi ieri domani \
    già gia sempre mai niente nessuno volo voli volare aereo compagnia aeroporto swiss lx sa ok \
    posso può puo potete voglio vorrei devo giorno giorni settimana settimane volta ora";

pub const CONCEPTS: &str = "
cancel: cancellato cancellata cancellati cancellazione annullato annullata annullamento
    soppresso
delay: ritardo ritardi ritardato in_ritardo posticipato rinviato
connection: coincidenza coincidenze scalo transito perso_la_coincidenza
baggage: bagaglio bagagli valigia valigie borsa zaino nastro
lost: perso persa smarrito smarrita smarrimento scomparso non_è_arrivato non_arrivato
    mai_arrivato ritrovato ritrovata consegnato consegnata consegna pratica
damaged: danneggiato danneggiata danno danni rotto rotta rotte strappato graffiato
    distrutto ruota ruote maniglia cerniera riparazione
refund: rimborso rimborsi rimborsare rimborsato rimborsata soldi_indietro
compensation: risarcimento indennizzo compensazione compensazione_pecuniaria 261
    regolamento_europeo regolamento
rights: diritto diritti
rebook: cambiare cambio modificare modifica spostare riprotezione riprotetto alternativa
    altro_volo prossimo_volo
booking: prenotazione prenotato prenotazioni biglietto biglietti
name: cognome errore_nel_nome scritto_male il_mio_nome nome_sbagliato cambio_nome
checkin: check_in checkin
app: app applicazione login password errore bug
boarding_pass: carta_d_imbarco carta_imbarco boarding_pass
boarding: imbarco imbarcare gate
seat: finestrino corridoio gambe seduti_insieme posto_riservato
upgrade: upgrade business prima_classe
miles: miglia punti fedeltà fedelta status gold silver frequent_flyer socio accreditate
account: account profilo conto
assistance: sedia_a_rotelle carrozzina assistenza mobilità_ridotta disabile disabilità
    cieco cieca sordo stampelle accompagnare prm
child: bambino bambina bambini neonato figlio figlia minore passeggino
pet: cane cani gatto gatti animale animali cucciolo gabbia trasportino cane_guida
    coniglio
invoice: fattura fatture ricevuta ricevute iva giustificativo quietanza
staff: personale equipaggio dipendente impiegato impiegata hostess steward assistente
    banco pilota signora
rude: maleducato maleducata scortese arrogante irrispettoso urlato gridato comportamento
    atteggiamento offeso ignorato ignorati deriso aggressivo
food: cibo pasto pasti bevanda bevande acqua snack panino caffè caffe tè vegetariano
    vegano senza_glutine colazione pranzo cena mangiare bere fame sete menu
cabin: bagno bagni toilette intrattenimento schermo wifi coperta freddo caldo
    temperatura sporco sporca odore pulito rumore aria_condizionata cuscino
overbooking: overbooking sovraprenotazione sovraprenotato imbarco_negato
    negato_l_imbarco volo_pieno
hotel: hotel albergo alloggio camera pernottamento
voucher: voucher buono buoni
strike: sciopero scioperi
weather: neve tempesta temporale meteo nebbia vento ghiaccio maltempo
payment: pagato pagare pagamento addebitato carta_di_credito carta banca due_volte
money: soldi euro eur chf franchi
contact: telefono chiamato chiamare email mail risposta rispondere contattare
    servizio_clienti chat
hours: ore minuti attesa aspettare aspettando aspetto
information: informazione informazioni notizie aggiornamento annuncio
allowance: franchigia sovrappeso eccedenza kg chili peso bagaglio_a_mano
documents: passaporto visto esta documento documenti carta_d_identità
transport: taxi bus treno navetta
lounge: lounge
complaint: reclamo reclami inaccettabile vergogna deluso delusa
price: prezzo costo costa tariffa caro
malfunction: non_funziona non_funzionava guasto fuori_servizio
online: sito online pagina link scaricare
aboard: cabina a_bordo
place: posto posti sedile
";

/// No compounds: Italian writes the parts apart.
pub const COMPOUNDS: &str = "";
