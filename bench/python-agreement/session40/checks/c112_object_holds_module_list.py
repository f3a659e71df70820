# Check: an object keeps a reference to a module list in an attribute and appends through it in a thread. Bug: none.
import threading

events = []


class Recorder:
    def __init__(self, sink):
        self.sink = sink
        self.count = 0

    def record(self, e):
        self.sink.append(e)
        self.count += 1


rec = Recorder(events)


def worker():
    rec.record(7)
    rec.record(8)


t = threading.Thread(target=worker)
t.start()
t.join()
n = len(events)
print(f"events={events} n={n} count={rec.count}")
