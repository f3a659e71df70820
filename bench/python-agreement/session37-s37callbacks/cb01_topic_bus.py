# An event bus with two topics: subscribers kept per topic in a defaultdict(list) of the bus, publishers
# in threads; delivery runs under the bus's lock, so no update is lost.
import threading
from collections import defaultdict


class Bus:
    def __init__(self):
        self._lock = threading.Lock()
        self._subscribers = defaultdict(list)
        self.delivered = 0

    def subscribe(self, topic, callback):
        with self._lock:
            self._subscribers[topic].append(callback)

    def publish(self, topic, payload):
        with self._lock:
            for callback in self._subscribers[topic]:
                callback(payload)
                self.delivered += 1


stock = {"apples": 10, "pears": 10}
log = []


def on_sale(amount):
    stock["apples"] -= amount


def on_restock(amount):
    stock["apples"] += amount


def on_any(amount):
    log.append(amount)


bus = Bus()
bus.subscribe("sale", on_sale)
bus.subscribe("sale", on_any)
bus.subscribe("restock", on_restock)


def shop(kind, amounts):
    for amount in amounts:
        bus.publish(kind, amount)
    bus.publish("audit", 0)


threads = [
    threading.Thread(target=shop, args=("sale", [3, 2])),
    threading.Thread(target=shop, args=("restock", [4])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

apples = stock["apples"]
delivered = bus.delivered
logged = len(log)
print(f"apples={apples} delivered={delivered} logged={logged}")
assert apples == 9
