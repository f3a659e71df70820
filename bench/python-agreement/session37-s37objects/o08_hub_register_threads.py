# A hub hands each worker its own inbox: register() makes a queue, stores it under the worker's name and
# returns it; senders deliver through the hub's dict, workers read their own, a None ends each.
import queue
import threading


class Hub:
    def __init__(self):
        self.inboxes = {}
        self.lock = threading.Lock()

    def register(self, name):
        inbox = queue.Queue()
        with self.lock:
            self.inboxes[name] = inbox
        return inbox

    def send(self, to, item):
        self.inboxes[to].put(item)

    def close(self):
        for inbox in self.inboxes.values():
            inbox.put(None)


hub = Hub()
NAMES = ("left", "right")
mine = {name: hub.register(name) for name in NAMES}
totals = {"left": 0, "right": 0}


def worker(name):
    while True:
        item = mine[name].get()
        if item is None:
            break
        totals[name] += item


def sender(pairs):
    for to, item in pairs:
        hub.send(to, item)


workers = [threading.Thread(target=worker, args=(n,)) for n in NAMES]
senders = [
    threading.Thread(target=sender, args=([("left", 1), ("right", 10)],)),
    threading.Thread(target=sender, args=([("right", 20), ("left", 2)],)),
]
for t in workers + senders:
    t.start()
for t in senders:
    t.join()
hub.close()
for t in workers:
    t.join()
print(totals)
