# pyco: versions=3.7,3.13
def reader():
    ack = ''
    while True:
        m = yield ack
        if not m:
            return
        print('[READER] Reading %s...' % m)
        ack = 'ACK'

def writer(r):
    r.send(None)
    m = 0
    while m < 5:
        m = m + 1
        print('[WRITER] Writing %s...' % m)
        ack = r.send(m)
        print('[WRITER] Reader replied: %s' % ack)
    r.close()

r = reader()
writer(r)
