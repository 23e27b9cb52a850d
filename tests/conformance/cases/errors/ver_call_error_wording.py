# pyco: versions=all
class Robot:
    def move(self, dx, dy):
        return dx + dy

def beep(times, *, loud):
    return times

for call in (lambda: Robot().move(1), lambda: Robot().move(1, 2, 3), lambda: beep(1, 2),
             lambda: beep(), lambda: beep(1), lambda: Robot.move(), lambda: beep(1, loud=1, soft=2)):
    try:
        call()
    except TypeError as e:
        print(e)
