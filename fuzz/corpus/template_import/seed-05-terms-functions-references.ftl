term = { -brand(formality: "formal") } { NUMBER($bags) } { other-message }
    .topic = t
empty =
    .topic = t
