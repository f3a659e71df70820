# `needle in TEXT` of a 4,000-character module constant 3,000 times against a 10 ms Event.wait: CPython "no".
import threading

ev = threading.Event()
ready = "unknown"
TEXT = "abc,def;" * 500


def crunch(needle):
    hits = 0
    for i in range(3000):
        if needle in TEXT:
            hits += 1
    ev.set()


t = threading.Thread(target=crunch, args=("zz",))
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
