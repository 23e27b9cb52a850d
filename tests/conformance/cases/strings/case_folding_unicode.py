print("Straße".casefold(), "Straße".lower(), "STRASSE".casefold() == "straße".casefold())
print("ﬁ".upper(), len("ﬁ".upper()), "İ".lower(), len("İ".lower()))
print("ǆ".title(), "hello world".title(), "they're bill's".title())
print("ΣΑΣ".lower(), "ß".swapcase())
