# BUG: two callbacks subscribed to one topic both bump a shared counter without a lock, and two threads
# publish at once: `hits += 1` is a read and a write, so an update can be lost.
import threading

hits = 0
seen = []


class Dispatcher:
    def __init__(self):
        self._listeners = []

    def add_listener(self, callback):
        self._listeners.append(callback)

    def fire(self, event):
        for listener in list(self._listeners):
            listener(event)


def count_hit(event):
    global hits
    hits += 1


def remember(event):
    seen.append(event)


dispatcher = Dispatcher()
dispatcher.add_listener(count_hit)
dispatcher.add_listener(remember)


def client(name):
    dispatcher.fire(name)


threads = [threading.Thread(target=client, args=(f"c{i}",)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"hits={hits} seen={len(seen)}")
assert hits == 2, f"lost a hit: {hits}"
