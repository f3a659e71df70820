# BUG: two threads `flags ^= bit` a shared int with no lock: a lost update leaves a bit unset.
import threading

flags = 0


def toggle(bit):
    global flags
    current = flags
    flags = current ^ bit


a = threading.Thread(target=toggle, args=(1,))
b = threading.Thread(target=toggle, args=(2,))
a.start()
b.start()
a.join()
b.join()
assert flags == 3, flags
