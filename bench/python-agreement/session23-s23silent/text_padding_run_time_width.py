# A string padded to a width known only at run time (an argument read from a shared variable), then
# upper-cased and counted 3,000 times against a 10 ms Event.wait: CPython prints "no".
import threading

ev = threading.Event()
width = 6000
ready = "unknown"


def crunch():
    text = "k".ljust(width, ".")
    total = 0
    for i in range(3000):
        total += text.upper().count("K")
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
