"""A tiny pub/sub bus: subscribers are callbacks (lambdas, functools.partial), publishers are threads."""
import functools
import threading
from collections import defaultdict

TOPICS = ("orders", "alerts")


class EventBus:
    def __init__(self):
        self._subscribers = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, topic, callback):
        with self._lock:
            self._subscribers[topic].append(callback)

    def publish(self, topic, message):
        with self._lock:
            callbacks = list(self._subscribers[topic])
        for cb in callbacks:
            cb(message)


received = {"billing": [], "shipping": [], "pager": []}
received_lock = threading.Lock()
delivered = 0


def record(name, message):
    global delivered
    with received_lock:
        received[name].append(message)
        delivered += 1


bus = EventBus()
bus.subscribe("orders", functools.partial(record, "billing"))
bus.subscribe("orders", functools.partial(record, "shipping"))
bus.subscribe("alerts", lambda m: record("pager", m.upper()))


def publisher(topic, count):
    for i in range(count):
        bus.publish(topic, f"{topic}-{i}")


if __name__ == "__main__":
    threads = [threading.Thread(target=publisher, args=(t, 2)) for t in TOPICS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    billing = sorted(received["billing"])
    shipping = sorted(received["shipping"])
    pager = sorted(received["pager"])
    summary = ", ".join(f"{k}={len(v)}" for k, v in sorted(received.items()))
    assert delivered == 6
