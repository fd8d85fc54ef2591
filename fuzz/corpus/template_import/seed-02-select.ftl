# outdated: the reference text changed since this was written
refund = { $bags ->
    [one] one bag
   *[other] { $bags } bags
}
    .topic = refund
