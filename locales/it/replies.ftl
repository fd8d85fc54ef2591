compliment-thanks =
    Thanks { $first_name }!
    { -sign-off } ^{ $agent_initials }
    .topic = compliment
    .tags = thanks
