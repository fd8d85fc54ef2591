# Switchboard playbooks: one message per kind of incident.
# The value is its name; .first-response-minutes and .resolution-minutes are the
# crisis terms (business minutes); .guidance is for helpers who join for the day.
# Holding statements are the templates playbook-<id> in the <locale>.ftl files beside this one.

it-outage = IT outage: booking, check-in or app down
    .first-response-minutes = 180
    .resolution-minutes = 2880
    .guidance =
        Confirm the outage and the systems affected; never guess when it will be fixed.
        Fans who cannot check in online can check in at the airport without a fee: say so.
        Do not ask for card numbers or passwords in public or in Messenger.
        The IT status page and the duty manager's updates are the only sources of facts.

strike = Strike: crew, air traffic control or airport staff
    .first-response-minutes = 240
    .resolution-minutes = 4320
    .guidance =
        Say which flights are cancelled only as the flight status page lists them.
        Rebooking and refunds are free for every affected booking: point to Manage booking.
        Do not comment on the strike itself, its reasons or the negotiations.
        Hand questions about compensation claims to Customer Relations with a handoff.

weather = Weather: snow, storms, volcanic ash
    .first-response-minutes = 240
    .resolution-minutes = 4320
    .guidance =
        Say what we know and when we will know more; never promise a departure time.
        Rebooking to another day and refunds are free: point to Manage booking.
        Hotel and meal vouchers are handed out at the airport service desk, not here.
        Compensation does not apply to weather (extraordinary circumstances): say it kindly, once.
        Facts come from the operations control centre's updates and the flight status page.
