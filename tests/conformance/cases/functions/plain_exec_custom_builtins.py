# pyco: versions=all
# A function defined by exec() in a globals dict whose '__builtins__' is a custom dict looks
# builtins up in that dict, not in the real builtins module: a name missing from it is a
# NameError, a name it redefines is the redefinition. Builtins are captured per function.
source = '''
def uses_len(s):
    return len(s)

def uses_abs(x):
    return abs(x)

def which_builtins():
    return sorted(k for k in __builtins__ if not k.startswith('_')) if isinstance(__builtins__, dict) else 'module'
'''
fake = {'len': lambda s: 'fake len', 'sorted': sorted, 'isinstance': isinstance, 'dict': dict}
g = {'__builtins__': fake}
exec(source, g)
print(g['uses_len']('abcd'))
try:
    g['uses_abs'](-3)
except NameError as e:
    print('NameError', e)
print(g['which_builtins']())
fake['abs'] = lambda x: 'fake abs'
print(g['uses_abs'](-3))

# A plain globals dict gets the real builtins inserted by exec().
plain = {}
exec(source, plain)
print('__builtins__' in plain, plain['uses_len']('abcd'), plain['uses_abs'](-3))
import builtins
print(plain['__builtins__'] is builtins.__dict__ or plain['__builtins__'] is builtins)


# The same function called from a plain function in this module keeps its own builtins.
def call_both(s):
    return g['uses_len'](s), plain['uses_len'](s), len(s)


print(call_both('xyz'))
