# Switchboard starter replies (English). Seeded into new workspaces as the "any brand" variants for "en".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I’m sorry that your flight { $flight } is delayed, and thank you for your patience. Our { -brand } crew and ground teams are working to get you on your way as soon as possible. The flight status page always shows the latest departure time. If the delay puts a connection at risk, please let us know here and we’ll look at your options with you.
    { -sign-off }
    .topic = delay
    .tags = delay, late, departure, flight status, connection

flight-cancellation =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I’m very sorry that your flight { $flight } has been cancelled. In Manage booking you can choose another flight or request a refund, free of charge. If you’re already at the airport, the { -brand } service desk will help you rebook and tell you what care, such as meals or a hotel, is available to you.
    { -sign-off }
    .topic = cancellation
    .tags = cancellation, cancelled, rebooking, refund, new flight

baggage-delayed =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I’m sorry your { $bags ->
        [one] bag hasn’t
       *[other] { $bags } bags haven’t
    } arrived with you yet. Our { -brand } baggage team is already searching, and you can follow the search with your file reference on the baggage tracing page. As soon as { $bags ->
        [one] it is found, we’ll deliver it
       *[other] they are found, we’ll deliver them
    } to the address you gave us. Please keep the receipts for essentials you buy in the meantime; you can submit them on the same page.
    { -sign-off }
    .topic = baggage
    .tags = baggage, delayed, suitcase, tracing, file reference

baggage-lost =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    I’m truly sorry that your { $bags ->
        [one] bag is
       *[other] { $bags } bags are
    } still missing. Our { -brand } baggage team is continuing the search worldwide, and you can follow every step on the baggage tracing page. If the search hasn’t been successful after 21 days, you can submit a claim for the contents on the same page, and we’ll guide you through it.
    { -sign-off }
    .topic = baggage
    .tags = baggage, lost, missing, claim, suitcase

refund-status =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you for your patience. Your refund request for booking { $booking_ref } is with the { -brand } refunds team under reference { $case_ref }; please mention it if you write to us again. Refunds are made to the original form of payment, and you’ll receive an e-mail once yours has been processed.
    { -sign-off }
    .topic = refund
    .tags = refund, money back, payment, reimbursement

seat-upgrade =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thanks for asking, and for choosing { -brand }! You can choose or change your seat in Manage booking, and if an upgrade is available on your flight, it’s offered there with its price. Availability can change, so it’s worth checking again closer to departure.
    { -sign-off }
    .topic = seating
    .tags = seat, upgrade, seat selection, business, manage booking

special-assistance =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    We’ll gladly help. Please request assistance in Manage booking at least 48 hours before departure, so that the { -brand } airport team can be ready for you from check-in to your seat. The service is free of charge, and if you have any specific needs, you’re welcome to describe them here.
    { -sign-off }
    .topic = assistance
    .tags = assistance, wheelchair, reduced mobility, help, PRM

compliment-thanks =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you so much for your kind words! We’ll pass them on to the team; it will make their day. We look forward to welcoming you on board with { -brand } again soon.
    { -sign-off }
    .topic = compliment
    .tags = thanks, compliment, praise, crew

crisis-holding =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you for your message and for your patience. Some { -brand } flights are currently disrupted, and our teams are working hard to get everyone on their way. Please check the flight status page for the latest information; rebooking options are available online in Manage booking. We’ll post updates here as soon as we know more.
    { -sign-off }
    .topic = crisis
    .tags = disruption, crisis, update, strike, weather

self-service =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thanks for getting in touch! The quickest way is Manage booking on the { -brand } website or in the app: there you can change your flight, add baggage and check in, around the clock. If anything doesn’t work as it should, just reply here and we’ll help.
    { -sign-off }
    .topic = self-service
    .tags = manage booking, app, website, check-in, self-service

expert-answer =
    { -brand.formality ->
        [informal] Hi { $first_name },
       *[formal] Dear { $first_name },
    }
    Thank you for waiting while we checked. Our colleagues from the relevant team tell us: { $expert_answer }
    If anything is still unclear, just reply here and we’ll be glad to help.
    { -sign-off }
    .topic = expert
    .tags = answer, follow-up, expert, update
