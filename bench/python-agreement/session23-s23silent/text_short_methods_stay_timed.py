# Short strings' methods in a loop of 500 passes (well under 1 ms in CPython) against a 500 ms
# Event.wait: CPython prints "yes"; weft keeps its deadlines (a short string is one step's work).
import threading

ev = threading.Event()
ready = "unknown"


def crunch(name):
    total = 0
    for i in range(500):
        total += name.upper().count("B")
    ev.set()


t = threading.Thread(target=crunch, args=("abc",))
t.start()
ready = "yes" if ev.wait(0.5) else "no"
t.join()
print(ready)
