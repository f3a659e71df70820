# A wrapper that only passes its *args on, called with one extra argument in one place and two in
# another: weft refuses the `*args` (it writes `*args` out only where every call gives the same number)
import threading

log = []


def note(kind, amount=1):
    log.append((kind, amount))


def logged(fn, *args):
    fn(*args)


def first():
    logged(note, "a")


def second():
    logged(note, "b", 2)


threads = [threading.Thread(target=first), threading.Thread(target=second)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("log:", sorted(log))
