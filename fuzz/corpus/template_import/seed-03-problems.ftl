greeting = Hi { $nobody }
    .topic = hello
Bad Id = x
    .topic = y
notopic = text
