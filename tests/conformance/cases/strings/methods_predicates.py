samples = ["abc", "ABC", "Abc Def", "123", "12.5", "  ", "", "a1", "٣", "½", "_x", "class"]
for t in samples:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier())
