# A 4,000-character module constant upper-cased and counted 3,000 times (about 40-100 ms in CPython) against a 10 ms Event.wait: CPython prints "no"
import threading

ev = threading.Event()
ready = "unknown"
TEXT = "abc,def;" * 500


def crunch():
    total = 0
    for i in range(3000):
        total += TEXT.upper().count("ABC")
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
