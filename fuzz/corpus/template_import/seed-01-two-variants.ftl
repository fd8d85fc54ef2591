baggage-delayed = Hello { $first_name }, your bag is on its way.
    .topic = baggage
    .tags = bag, delayed

baggage-delayed__summit-air =
    Dear { $first_name },
    { -brand } is sorry.
    { -sign-off }
    .topic = baggage
