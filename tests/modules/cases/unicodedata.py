# versions: 3.13
import unicodedata as ud
for ch in 'aZ9 é€→∑─☃😀ß,-(_':
    print(repr(ch), ud.category(ch), ud.name(ch, '?'), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
print(ud.normalize('NFD', 'é'), len(ud.normalize('NFD', 'é')), ud.normalize('NFKC', 'ﬁ'), ud.is_normalized('NFC', 'é'), ud.lookup('GREEK SMALL LETTER ALPHA'), ud.name('中'), ud.name('한'), ud.decomposition('é'))
try: ud.lookup('NOPE')
except KeyError as e: print('KeyError', e)
try: ud.name('\x00')
except ValueError as e: print('ValueError', e)
