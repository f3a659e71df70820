# A thread-safe event bus: subscribers register callbacks per topic; publishers post from several
# threads; delivery happens under the bus's lock so every subscriber sees every event once.
import threading
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._lock = threading.RLock()
        self._subscribers = defaultdict(list)
        self.delivered = 0

    def subscribe(self, topic, callback):
        with self._lock:
            self._subscribers[topic].append(callback)

    def publish(self, topic, payload):
        with self._lock:
            for callback in list(self._subscribers[topic]):
                callback(payload)
                self.delivered += 1


bus = EventBus()
totals = {"orders": 0, "refunds": 0}
audit = []


def on_order(amount):
    totals["orders"] += amount
    audit.append(("order", amount))


def on_refund(amount):
    totals["refunds"] += amount
    audit.append(("refund", amount))


def on_any(amount):
    audit.append(("any", amount))


bus.subscribe("order", on_order)
bus.subscribe("order", on_any)
bus.subscribe("refund", on_refund)


def shop(orders, refunds):
    for amount in orders:
        bus.publish("order", amount)
    for amount in refunds:
        bus.publish("refund", amount)


workers = [
    threading.Thread(target=shop, args=([12, 30], [5])),
    threading.Thread(target=shop, args=([8], [2, 1])),
]
for w in workers:
    w.start()
for w in workers:
    w.join()

net = totals["orders"] - totals["refunds"]
delivered = bus.delivered
audit_count = len(audit)
print(f"totals={totals} net={net} delivered={delivered} audit={audit_count} first_kinds={sorted({k for k, _ in audit})}")
