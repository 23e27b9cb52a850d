# pyco: versions=3.11+
try:
    raise ValueError("primary")
except ValueError as e:
    e.add_note("while loading record 7")
    e.add_note("check the input file")
    print(e.__notes__)
err = TypeError("with notes")
err.add_note("a note shown in the traceback")
raise err
