# Switchboard starter holding statements (English), one per playbook, any brand.

playbook-it-outage =
    We are aware that booking, check-in and our app are not working for some of you. Our teams are working to restore them. If you cannot check in online, you can check in at the airport at no extra cost. We will post an update here as soon as we know more. { -sign-off }
    .topic = statement

playbook-strike =
    Because of a strike, some { -brand } flights are cancelled or delayed. Please check the flight status page before you travel. If your flight is affected, you can rebook or request a refund free of charge in Manage booking. We will update this post as soon as we know more. { -sign-off }
    .topic = statement

playbook-weather =
    Because of severe weather, some { -brand } flights are cancelled or delayed today. Please check the flight status page before you go to the airport. If your flight is affected, you can rebook to another day or request a refund free of charge in Manage booking. We will update this post as soon as we know more. Thank you for your patience. { -sign-off }
    .topic = statement
