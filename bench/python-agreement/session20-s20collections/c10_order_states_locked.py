# The order state machine of session19/t05 with a lock around check and transition: one of ship/cancel wins.
# CPython 3.11.7 (10 runs): state shipped, refused=['cancelled'], 10 of 10; weft explore: that and cancelled first,
# complete.
import threading
import time

VALID = {"new": {"paid", "cancelled"}, "paid": {"shipped", "cancelled"}, "shipped": set(), "cancelled": set()}


class Order:
    def __init__(self):
        self.state = "paid"
        self.lock = threading.Lock()

    def transition(self, target):
        with self.lock:
            if target not in VALID[self.state]:
                raise ValueError(target)
            time.sleep(0)
            self.state = target


order = Order()
refused = []


def attempt(target):
    try:
        order.transition(target)
    except ValueError as e:
        refused.append(str(e))


threads = [threading.Thread(target=attempt, args=(t,)) for t in ("shipped", "cancelled")]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(refused) == 1
