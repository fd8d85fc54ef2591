unclosep = b
    .topic =_name
    t
dup = b
    .topic = t
