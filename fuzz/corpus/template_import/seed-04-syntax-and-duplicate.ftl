unclosed = Hello { $first_name
    .topic = x
dup = a
    .topic = t
dup = b
    .topic = t
