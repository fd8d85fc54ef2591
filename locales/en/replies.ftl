# Switchboard starter replies (English). Seeded into new workspaces as the "any brand" variants for "en".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I'm sorry that { $flight } is delayed. We know how much a delay costs you, and the crew and ground team are doing everything they can to get you on your way. The flight status page shows the latest departure time, and you'll also get a message if it changes again. If the delay means you miss a connection, our transfer desk will rebook you.
    { -sign-off } ^{ $agent_initials }
    .topic = delay
    .tags = delay, late, departure, flight status

flight-cancellation =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I'm very sorry that { $flight } has been cancelled. You can choose a new flight or ask for a refund in Manage booking, without any fee. If you are already at the airport, the { -brand } service desk will help you with rebooking and, where needed, a hotel and meals.
    { -sign-off } ^{ $agent_initials }
    .topic = cancellation
    .tags = cancellation, cancelled, rebooking, refund

baggage-delayed =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I'm sorry your { $bags ->
        [one] bag hasn't
       *[other] { $bags } bags haven't
    } arrived with you yet. With your file reference you can follow the search on the baggage tracing page, and we will deliver to your address as soon as { $bags ->
        [one] it is
       *[other] they are
    } found. Please keep the receipts for anything essential you need to buy in the meantime.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = baggage, delayed, suitcase, tracing, file reference

baggage-lost =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I'm really sorry that your { $bags ->
        [one] bag is
       *[other] { $bags } bags are
    } still missing. Our baggage team keeps searching worldwide, and you can follow every step on the baggage tracing page. If nothing is found within 21 days, you can file a claim for the contents there; we'll guide you through it.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = baggage, lost, missing, claim, suitcase

refund-status =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you for your patience. Your refund request for booking { $booking_ref } is with our refunds team under reference { $case_ref }. Refunds go back to the original means of payment, and you'll get an e-mail once it has been paid.
    { -sign-off } ^{ $agent_initials }
    .topic = refund
    .tags = refund, money back, payment, reimbursement

seat-upgrade =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thanks for asking! You can choose or change your seat in Manage booking, and where an upgrade is available it is offered there too, with its price. Seats together for families are free when booked together.
    { -sign-off } ^{ $agent_initials }
    .topic = seating
    .tags = seat, upgrade, business, seat reservation

special-assistance =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    We'll gladly help. Please request assistance in Manage booking at least 48 hours before departure; our airport team will then meet you at check-in and accompany you to your seat. The assistance is free of charge.
    { -sign-off } ^{ $agent_initials }
    .topic = assistance
    .tags = assistance, wheelchair, reduced mobility, help

compliment-thanks =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you so much for your kind words! We'll pass them on to the team, it will make their day. We look forward to welcoming you on board { -brand } again.
    { -sign-off } ^{ $agent_initials }
    .topic = compliment
    .tags = thanks, compliment, praise, crew

crisis-holding =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you for your message. Our flights are currently disrupted and our teams are working hard to get everyone on their way. Please check the flight status page for the latest information; rebooking options are available online in Manage booking. We'll post updates here as soon as we know more.
    { -sign-off } ^{ $agent_initials }
    .topic = crisis
    .tags = disruption, crisis, update, strike, weather

self-service =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thanks for getting in touch! The quickest way is Manage booking on the { -brand } website or in the app: there you can change your flight, add baggage and check in, around the clock.
    { -sign-off } ^{ $agent_initials }
    .topic = self-service
    .tags = manage booking, app, website, check-in

expert-answer =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you for waiting. Our colleagues from the relevant team tell us: { $expert_answer }
    If anything is still unclear, just reply here.
    { -sign-off } ^{ $agent_initials }
    .topic = expert
    .tags = answer, follow-up, update
