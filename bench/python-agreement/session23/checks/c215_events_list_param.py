# check: a coordinator thread given a list of Events sets them in order; each waiter records when woken
import threading

woken = []
lock = threading.Lock()


def waiter(n, ev):
    ev.wait()
    with lock:
        woken.append(n)


def coordinator(events):
    for ev in events:
        ev.set()


events = [threading.Event() for _ in range(3)]
ws = [threading.Thread(target=waiter, args=(n, events[n])) for n in range(3)]
for w in ws:
    w.start()
c = threading.Thread(target=coordinator, args=(events,))
c.start()
c.join()
for w in ws:
    w.join()
count = len(woken)
