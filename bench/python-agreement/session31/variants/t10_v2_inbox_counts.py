# Pub/sub with topics: a broker keeps subscribers per topic; publishers run in threads; delivery is locked
import threading
from collections import defaultdict


class Broker:
    def __init__(self):
        self._subs = defaultdict(list)
        self._lock = threading.Lock()
        self.delivered = 0

    def subscribe(self, topic, callback):
        with self._lock:
            self._subs[topic].append(callback)

    def publish(self, topic, message):
        with self._lock:
            callbacks = list(self._subs.get(topic, []))
        for name in callbacks:
            deliver(name, topic, message)
        with self._lock:
            self.delivered += len(callbacks)


broker = Broker()
inbox = defaultdict(int)
inbox_lock = threading.Lock()


def deliver(name, topic, message):
    with inbox_lock:
        inbox[name] += 1


broker.subscribe("orders", "billing")
broker.subscribe("orders", "shipping")
broker.subscribe("alerts", "pager")


def publisher(topic, messages):
    for m in messages:
        broker.publish(topic, m)


pubs = [
    threading.Thread(target=publisher, args=("orders", ["o1", "o2"])),
    threading.Thread(target=publisher, args=("alerts", ["disk"])),
    threading.Thread(target=publisher, args=("metrics", ["cpu"])),
]
for p in pubs:
    p.start()
for p in pubs:
    p.join()

counts = dict(sorted(inbox.items()))
print("delivered:", broker.delivered)
print("counts:", counts)
