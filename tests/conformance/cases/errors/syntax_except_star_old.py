# pyco: versions=all
# except* before 3.11: one caret (3.7-3.9) or the 3.10 range.
try:
    pass
except* ValueError:
    pass
