# pyco: versions=all
# A plain function renamed after definition (__name__, __qualname__): argument errors of its
# calls are worded with the code object's co_name up to 3.9 and with __qualname__ from 3.10;
# the function still reads its own attributes through its global name.


def rename_me():
    return rename_me.__name__


rename_me.__name__ = 'renamed'
rename_me.__qualname__ = 'Renamed.q'
print(rename_me(), rename_me.__qualname__)
try:
    rename_me(1)
except TypeError as e:
    print('TypeError', e)


def keyword_only(*, k):
    return k


keyword_only.__name__ = 'kw_renamed'
for call in (lambda: keyword_only(), lambda: keyword_only(1), lambda: keyword_only(k=1, j=2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(keyword_only(k='ok'), keyword_only.__code__.co_name, keyword_only.__qualname__)
