# BUG: the reporter joins the event list while the workers may still append to it (it is not joined
# after them): `", ".join(events)` reads the list in one C call, whatever is in it at that moment.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): report='a' (10 of 10); weft explore: 6 outcomes, complete ('' 'a' 'b' 'a, b' 'b, a'), CPython's among them.
import threading

events = []


def worker(name):
    events.append(name)


def reporter():
    global report
    report = ", ".join(events)


report = ""
a = threading.Thread(target=worker, args=("a",))
b = threading.Thread(target=worker, args=("b",))
r = threading.Thread(target=reporter)
a.start()
r.start()
b.start()
a.join()
b.join()
r.join()
