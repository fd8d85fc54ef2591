# Switchboard: comunicati di attesa iniziali (italiano), uno per playbook, tutti i marchi.

playbook-it-outage =
    Sappiamo che prenotazione, check-in e la nostra app non funzionano per alcuni di voi. I nostri team stanno lavorando per ripristinarli. Se non riuscite a fare il check-in online, potete farlo in aeroporto senza costi aggiuntivi. Pubblicheremo un aggiornamento qui appena ne sapremo di più. { -sign-off }
    .topic = statement

playbook-strike =
    A causa di uno sciopero, alcuni voli { -brand } sono cancellati o in ritardo. Controllate lo stato del volo prima di partire. Se il vostro volo è interessato, potete cambiarlo o chiedere un rimborso gratuitamente in Gestisci prenotazione. Aggiorneremo questo post appena ne sapremo di più. { -sign-off }
    .topic = statement

playbook-weather =
    A causa del maltempo, oggi alcuni voli { -brand } sono cancellati o in ritardo. Controllate lo stato del volo prima di andare in aeroporto. Se il vostro volo è interessato, potete spostarlo a un altro giorno o chiedere un rimborso gratuitamente in Gestisci prenotazione. Aggiorneremo questo post appena ne sapremo di più. Grazie per la pazienza. { -sign-off }
    .topic = statement
