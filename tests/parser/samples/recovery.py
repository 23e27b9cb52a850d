def f(:
    x = 1
    y = = 2
z = (1, 2
print "hello"
class A
    pass
w = 3
