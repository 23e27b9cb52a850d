class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), [b, r], f"{b} {b!r} {r}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
