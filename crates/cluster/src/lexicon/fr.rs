//! French: stop words and the words of each concept, with and without
//! accents (people type "annule" for "annulé"; both forms are stemmed when
//! the lexicon is built). `_` joins the words of a phrase.

pub const STOP: &str = "a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils \
    je j la le les leur leurs lui ma mais me m même mes moi mon ne n nos notre nous on ou où par pas \
    pour qu que qui sa se s ses son sur ta te t tes toi ton tu un une vos votre vous c d l y été être \
    avoir ai as avons avez ont eu est sont suis es était étais étaient sera serait fait faire fais \
    ça ca cela ceci tout tous toute toutes très tres plus moins bien aussi alors donc car si comme \
    quand comment pourquoi quel quelle quels quelles combien bonjour bonsoir salut merci svp stp \
    madame monsieur cordialement bonne journée aujourd hui hier demain encore déjà deja toujours \
    jamais rien personne quelqu quelque chose vol vols voler avion avions compagnie aéroport \
    aeroport swiss lx sa oui non ok peut peux pouvez pourriez veux voudrais voulais dois doit \
    devez faut jour jours semaine semaines fois depuis après avant entre chez sans sous vers \
    là ici cet ceux celle celui dont lorsque puis ensuite vraiment svp fr";

pub const CONCEPTS: &str = "
cancel: annulé annule annulée annulés annulées annulation annulations annuler supprimé
    supprime annul n_aura_pas_lieu ne_partira_pas ne_vole_pas n_a_pas_décollé
    pas_d_avion plus_d_avion pas_de_vol plus_de_vol rayé ne_part_pas ne_décolle_pas
    cancelled canceled cxl pas_de_vol_pour vol_supprimé vol_n_existe_plus
delay: retard retards retardé retarde retardée en_retard décalé decale reporté reporte
    repoussé repousse bloqué_à_la_porte pas_encore_parti toujours_pas_parti
    nouvelle_heure recule reculer tarmac bloqués bloquées changement_d_heure
    heure_de_départ heure_d_arrivée toujours_à_la_porte pas_bougé n_a_pas_bougé
    toujours_au_sol delayed
connection: correspondance correspondances escale transit rater raté rate
baggage: bagage bagages valise valises sac sacs valoche tapis bagage_à_main poussette
    siège_auto siege_auto sac_de_golf skis
lost: perdu perdue perdus perdues perte disparu disparue disparus égaré égarée egare
    egaree pas_arrivé pas_arrivée jamais_arrivé jamais_arrivée n_est_pas_arrivée
    introuvable retrouvé retrouvée retrouver livré livrée livraison restée suivi dossier
    localiser pas_de_valise pas_de_bagage pas_de_bagages sans_valise sans_bagage
    sans_bagages sans_ma_valise où_est_ma_valise pas_arrivés pas_arrivées est_où
    elle_est_où il_est_où sais_où récupérer récupère
damaged: endommagé endommagée endommage abîmé abîmée abime abimee cassé cassée casse
    cassee déchiré déchirée dechire arraché arrachée arrache rayé rayée fissure fissuré
    détruit détruite roue roues poignée poignee fermeture réparation reparation dégâts
    degats dommage dommages mouillé fendue fendu brisé brisée coque tordu tordue
refund: remboursement remboursements rembourser remboursé remboursée rembourse
    remboursee récupérer_mon_argent recuperer_mon_argent argent_rendu débité_deux_fois
    payé_deux_fois mon_argent être_remboursé etre_rembourse
compensation: indemnisation indemnité indemnite indemniser compensation dédommagement
    dedommagement dédommager 261 ce261 ce_261 règlement_européen reglement_europeen
    règlement reglement circonstances_extraordinaires
rebook: modifier modification modifié changer déplacer deplacer reporter décaler avancer
    replacé replace replacer réacheminé reacheminement alternative autre_vol
    prochain_vol rebooking au_lieu_du au_lieu_de changement_de_date
    changement_de_réservation changer_de_date changer_la_date changer_mon changer_de_vol
booking: réservation reservation réservations réservé reserve billet billets ticket
    tickets dossier_de_réservation
name: prénom prenom orthographe erreur_de_nom mon_nom nom_sur_le_billet changer_le_nom
    changement_de_nom mal_orthographié mal_écrit
checkin: enregistrement enregistrer enregistré check_in checkin enregistrer_en_ligne
app: application appli app connexion connexion_au_compte mot_de_passe erreur bug plante
    planté bouton wallet écran_blanc
boarding_pass: carte_d_embarquement cartes_d_embarquement carte_embarquement
    boarding_pass
boarding: embarquement embarquer porte monter
seat: hublot couloir jambes assis_ensemble côte_à_côte places_ensemble
    réservation_de_siège siège_réservé sièges_réservés choisir_mon_siège choix_du_siège
    place_réservée places_réservées séparés
upgrade: surclassement surclasser surclassé upgrade classe_affaires business première
miles: miles points fidélité fidelite gold silver platinum frequent_flyer membre
    adhérent crédités credites crédité statut_gold grand_voyageur
account: compte profil
assistance: fauteuil_roulant fauteuil assistance mobilité_réduite mobilite_reduite
    handicap handicapé handicapée handicape aveugle malvoyant sourd béquilles accompagner
    accompagnement pmr autiste autisme assistance_spéciale
child: enfant enfants bébé bebe fils fille mineur non_accompagné poussette
pet: chien chiens chat chats chiot animal animaux cage caisse_de_transport
    sac_de_transport soute_animal chien_guide chien_d_assistance lapin hamster oiseau
invoice: facture factures reçus justificatif justificatifs tva note_de_frais attestation
    quittance un_reçu le_reçu mon_reçu reçu_de_paiement
staff: personnel équipage equipage employé employée employe hôtesse hotesse steward
    agent agents comptoir pilote commandant dame monsieur_au_comptoir guichet
rude: impoli impolie désagréable desagreable malpoli arrogant arrogante irrespectueux
    crié crie hurlé hurle comportement attitude manque_de_respect respect insulté ignoré
    ignorés ignores moqué agressif agressive méprisant inadmissible_comportement
    levé_les_yeux idiot idiots idiote stupide
food: repas nourriture boisson boissons eau snack sandwich café cafe thé végétarien
    vegetarien végétarienne vegan sans_gluten petit_déjeuner dîner diner déjeuner manger
    boire faim soif menu plateau
cabin: toilettes wc divertissement wifi couverture froid chaud température sale sales
    odeur propre bruit climatisation oreiller tablette accoudoir inclinable
    écran_de_mon_siège films
overbooking: surbooking surbooké surbooke surréservation surreservation
    refus_d_embarquement refusé_l_embarquement embarquement_refusé vol_complet laissé_monter
    pas_laissé trop_de_billets vendu_trop refoulé refoulée pas_pu_embarquer
    empêché_d_embarquer interdit_d_embarquer refusé_à_l_embarquement pas_laissé_embarquer
rights: droit droits
hotel: hôtel hotel hôtels hébergement hebergement logement chambre nuitée
voucher: bons bon_d_achat bon_de_voyage bon_de_réduction voucher coupon
strike: grève greve grèves grévistes
weather: neige tempête tempete orage météo meteo brouillard vent glace dégivrage
    intempéries
payment: payé paye payée payer paiement débité debite prélevé preleve carte_bancaire
    carte_de_crédit banque deux_fois transaction
money: argent euros euro eur chf francs
contact: hotline téléphone telephone appelé appele appeler email mail courriel réponse
    reponse répondre repondre joindre service_client contact chat
hours: heures heure minutes attente attendre attends attendons attendu
information: information informations info infos nouvelles nouvelle annonce
allowance: franchise surpoids excédent excedent kg kilos poids bagage_supplémentaire
    bagage_supplementaire bagage_cabine
documents: passeport visa esta pièce_d_identité carte_d_identité documents
transport: taxi bus train navette
lounge: salon lounge
complaint: réclamation reclamation plainte inadmissible scandaleux inacceptable honte
    déçu decu honteux dégoûtant
price: prix coût cout coûte coute frais tarif cher
malfunction: marche_pas fonctionne_pas marchait_pas fonctionnait_pas en_panne panne
    hors_service
online: site internet en_ligne page télécharger telecharger lien
aboard: cabine à_bord a_bord
place: siège siege sièges sieges places rangée rangee
";

/// No compounds: French writes the parts apart.
pub const COMPOUNDS: &str = "";
