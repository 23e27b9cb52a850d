# pyco: versions=3.7,3.13
def listener():
    while True:
        parcel = yield
        print('handling:', parcel)

box = listener()
next(box)
for k in range(5):
    print('making:', k)
    box.send(k)
