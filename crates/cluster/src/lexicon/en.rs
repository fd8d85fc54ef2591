//! English: stop words and the words of each concept. Words are written as
//! people write them; they are stemmed when the lexicon is built, so
//! "cancelled", "cancellation" and "canceled" all reach the same stem.
//! `_` joins the words of a phrase ("boarding_pass").

/// Words that say nothing about what is asked, including the greetings
/// and the words every airline message contains ("flight").
pub const STOP: &str = "a about above after again against all also am an and any are aren as at \
    be because been before being below between both but by can cannot could couldn did didn do does \
    doesn doing don down during each few for from further had hadn has hasn have haven having he her \
    here hers herself him himself his how i if in into is isn it its itself just let me more most my \
    myself no nor not now of off on once only or other our ours ourselves out over own same she should \
    so some such than that the their theirs them themselves then there these they this those through \
    to too under until up very was wasn we were weren what when where which while who whom why will \
    with won would wouldn you your yours yourself yourselves ll ve re s t d m hi hello hey dear thanks \
    thank please pls plz regards cheers good morning evening today yesterday tomorrow still already \
    get got getting go going went gone one two three want wanted need needs like know just really \
    flight flights fly flew flying airline airlines plane aircraft airport swiss lx sa ok okay yes \
    anyone someone anything something nothing even since ago day days week weeks time times now \
    again ever never back able via tell told said say says anybody guys team";

/// A line per concept: its key, a colon, its words and phrases; an
/// indented line goes on with the words of the line before.
pub const CONCEPTS: &str = "
cancel: cancel cancelled canceled cancellation cancellations cancelling canceling
    scrapped called_off axed won_t_operate not_operating will_not_operate won_t_fly
    not_flying no_longer_operating called_it_off no_flight no_plane not_happening
    isn_t_happening grounded not_going_ahead cxl isnt_happening flight_is_gone
    flight_s_gone no_flight_for_us
delay: delay delayed delays late later_than lateness postponed pushed_back
    behind_schedule not_on_time stuck hasn_t_left still_not_left not_left_yet new_time
    eta departure_time tarmac hasn_t_moved haven_t_moved not_moved still_at_the_gate
    still_on_the_ground etd new_etd departure_changed time_changed arrival_time
    landing_time hours_late
connection: connection connecting connect transfer layover missed_my_connection onward
baggage: bag bags baggage luggage suitcase suitcases trolley backpack rucksack belt
    carousel stroller pram pushchair buggy car_seat golf_bag skis bike_box hand_luggage
    carry_on cabin_bag
lost: lost missing disappeared vanished never_arrived didn_t_arrive did_not_arrive
    not_arrived never_made hasn_t_arrived left_behind tracking track trace tracing
    worldtracer pir found delivered delivery whereabouts mishandled no_bag no_luggage
    no_suitcase nowhere_to_be_found bag_is_gone bag_s_gone suitcase_is_gone
    luggage_is_gone didn_t_come did_not_come never_came without_bags without_my_bag
    without_luggage where_is_my_bag where_is_it where_it_is get_it_back
damaged: damaged damage broken broke torn ripped smashed crushed cracked crack dent
    dented scratched scratch destroyed wheel wheels handle zip zipper repair ruined wet
    split snapped shattered shell bent
refund: refund refunds refunded refunding reimburse reimbursed reimbursement money_back
    repay repaid pay_back paid_back chargeback charged_twice paid_twice double_charge
    double_charged want_my_money my_money money_returned
compensation: compensation compensate compensated eu261 261 ec261 regulation
    extraordinary_circumstances
rebook: rebook rebooked rebooking modify modification reschedule rescheduled postpone
    alternative earlier_flight later_flight switch date_change instead_of move_my_flight
    move_the_flight move_my_booking move_my_return change_my change_the_date
    change_of_date change_date change_the_time change_to change_it change_flight
    change_booking change_the_flight change_the_booking
booking: booking bookings booked book reservation reserved ticket tickets itinerary
name: misspelled misspelt spelling typo spelled surname my_name name_on_the_ticket
    name_on_my_ticket wrong_name name_change change_the_name change_my_name
checkin: checkin check_in checked_in web_check online_check
app: app application login log_in logged password error bug crash crashes crashed
    screen_freezes button loading wallet blank_screen white_screen
boarding_pass: boarding_pass boarding_passes boardingpass mobile_pass
boarding: board boarding boarded gate
seat: legroom aisle window_seat middle_seat sit_together seated_together seats_together
    aisle_seat seat_reservation reserved_seat reserved_seats seat_selection choose_a_seat
    chose_our_seats picked_our_seats seat_number seat_map extra_legroom seat_fee
    assigned_seat separated
upgrade: upgrade upgraded upgrading business_class first_class premium_economy business
miles: miles mile points frequent_flyer frequent_flier loyalty tier gold silver platinum
    senator member membership credited gold_status silver_status status_miles
account: account profile
assistance: wheelchair wheelchairs assistance assist disabled disability blind deaf
    crutches prm reduced_mobility special_needs walker oxygen escort autistic autism
    special_assistance
child: child children kid kids baby infant toddler son daughter minor unaccompanied
pet: dog dogs cat cats pet pets puppy kitten animal animals kennel guide_dog
    assistance_dog service_dog rabbit hamster bird
invoice: invoice invoices receipt receipts vat bill proof_of_payment statement
    expense_report expense_claim
staff: staff crew employee employees agent agents steward stewardess attendant
    attendants personnel counter pilot captain lady guy man woman desk
rude: rude rudely unfriendly impolite arrogant disrespectful shouted yelled screamed
    attitude behaviour behavior unprofessional insulted laughed ignored condescending
    aggressive shouting treated disgraceful rolled_her_eyes rolled_his_eyes
    rolled_their_eyes idiot idiots stupid
food: food meal meals drink drinks water snack snacks sandwich coffee tea vegetarian
    vegan gluten catering breakfast lunch dinner menu eat ate hungry thirsty
cabin: toilet toilets lavatory entertainment wifi wi_fi blanket cold hot temperature
    dirty smell clean filthy noise air_conditioning headphones pillow pillows
    reading_light tray_table armrest recline reclining seat_screen
    inflight_entertainment screen_at_my_seat movies
overbooking: overbooked overbooking denied_boarding refused_boarding bumped oversold
    not_allowed_to_board wouldn_t_let_me_board would_not_let_me_board flight_was_full
    too_many_tickets sold_too_many refused_at_the_gate turned_away
    wasn_t_allowed_to_board weren_t_allowed_to_board not_allowed_on
    refused_to_let_me_board didn_t_let_me_board denied_boarding_compensation
    no_seat_for_me gave_my_seat flight_is_full
rights: rights entitled entitlement passenger_rights
hotel: hotel hotels accommodation overnight room stay
voucher: voucher vouchers coupon credit_note travel_credit
strike: strike strikes striking industrial_action walkout
weather: storm snow snowstorm weather fog wind thunderstorm ice icing de_icing ash
payment: charged charge paid pay payment debited credit_card card bank twice transaction
money: money euro euros eur chf francs dollars cash usd gbp pounds
contact: hotline phone call called calling email mail chat answer reply response respond
    customer_service contact reach
hours: hours hour minutes waiting waited wait
information: information info update updates news announcement
allowance: overweight excess kg kilos weight extra_bag baggage_allowance
    luggage_allowance free_allowance weight_limit how_many_kg
documents: passport visa esta id documents document
transport: taxi bus train shuttle transfer_bus
lounge: lounge
complaint: complaint complain complained unacceptable ridiculous disappointed disgusting
    claim shameful
price: price cost costs fee fees expensive fare cheap
malfunction: doesn_t_work not_working don_t_work didn_t_work does_not_work out_of_order
    broken_down
online: online website site page download link browser
aboard: cabin onboard on_board aboard
place: seat seats seating row
";

/// No compounds: English writes the parts apart.
pub const COMPOUNDS: &str = "";
