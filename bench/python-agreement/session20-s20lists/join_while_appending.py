# BUG: the reporter joins the event list while the workers may still append to it (it is not joined
# after them): `", ".join(events)` reads the list in one C call, whatever is in it at that moment.
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
