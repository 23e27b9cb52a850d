# pyco: versions=all
# A plain function object changed after it has already run: __defaults__ and __kwdefaults__
# replaced, a mutable default accumulating across calls, a function attribute used as state.
# Each change must be seen by the very next call. (Swapping __code__ is
# functions/plain_code_swap, renaming functions/plain_renamed_call_errors.)


def greet(name, greeting='hello', *, punct='!'):
    return '%s, %s%s' % (greeting, name, punct)


def run_greet(times):
    return [greet('ann') for _ in range(times)]


print(run_greet(2))
greet.__defaults__ = ('hi',)
print(run_greet(1), greet('bob', 'yo'))
greet.__kwdefaults__ = {'punct': '?'}
print(run_greet(1))
greet.__defaults__ = None
try:
    greet('ann')
except TypeError as e:
    print('TypeError', e)
greet.__kwdefaults__ = None
try:
    greet('ann', 'hey')
except TypeError as e:
    print('TypeError', e)
greet.__defaults__ = ('back',)
greet.__kwdefaults__ = {'punct': '.'}
print(run_greet(1))


def accumulate(item, bucket=[]):
    bucket.append(item)
    return len(bucket), bucket


for ch in 'abc':
    print(accumulate(ch))
print(accumulate('fresh', []), accumulate('d'))
accumulate.__defaults__[0].clear()
print(accumulate('e'))


def counted():
    counted.calls += 1
    return counted.calls


counted.calls = 0
print([counted() for _ in range(4)])
counted.calls = 100
print(counted())
original = counted


def counted():  # noqa: F811 - the old object keeps reading the global name `counted`
    return 'new counted'


try:
    print(original())
except AttributeError as e:
    print('AttributeError', e)
