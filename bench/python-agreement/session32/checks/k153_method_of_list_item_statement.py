# A method called on an instance held in a list at a run-time index, as a statement.
import threading


class Lamp:
    def __init__(self):
        self.on = 0

    def toggle(self):
        self.on = 1 - self.on


lamps = [Lamp(), Lamp(), Lamp()]


def work(i):
    lamps[i].toggle()
    lamps[(i + 1) % 3].toggle()


t = threading.Thread(target=work, args=(2,))
t.start()
t.join()
print([l.on for l in lamps])
