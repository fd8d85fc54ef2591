# Switchboard: Start-Stellungnahmen (Deutsch), eine pro Playbook, alle Marken.

playbook-it-outage =
    Wir wissen, dass Buchung, Check-in und unsere App bei einigen von Ihnen nicht funktionieren. Unsere Teams arbeiten daran, sie wiederherzustellen. Wenn Sie nicht online einchecken können, checken Sie ohne Zusatzkosten am Flughafen ein. Wir melden uns hier, sobald wir mehr wissen. { -sign-off }
    .topic = statement

playbook-strike =
    Wegen eines Streiks fallen einige { -brand } Flüge aus oder verspäten sich. Bitte prüfen Sie vor der Reise den Flugstatus. Ist Ihr Flug betroffen, können Sie ihn unter «Buchung verwalten» kostenlos umbuchen oder eine Erstattung verlangen. Wir aktualisieren diesen Beitrag, sobald wir mehr wissen. { -sign-off }
    .topic = statement

playbook-weather =
    Wegen schwerer Wetterbedingungen fallen heute einige { -brand } Flüge aus oder verspäten sich. Bitte prüfen Sie den Flugstatus, bevor Sie zum Flughafen fahren. Ist Ihr Flug betroffen, können Sie ihn unter «Buchung verwalten» kostenlos auf einen anderen Tag umbuchen oder eine Erstattung verlangen. Wir aktualisieren diesen Beitrag, sobald wir mehr wissen. Danke für Ihre Geduld. { -sign-off }
    .topic = statement
