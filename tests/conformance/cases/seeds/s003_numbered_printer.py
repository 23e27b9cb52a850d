# pyco: versions=3.7,3.13
def numbered():
    idx = 0
    while True:
        text = str((yield))
        print('<{0}> {1}'.format(idx, text))
        idx += 1

if __name__ == '__main__':
    n = numbered()
    next(n)
    n.send('Morning')
    n.send('This printer counts lines.')
    n.send('Goodbye!')
