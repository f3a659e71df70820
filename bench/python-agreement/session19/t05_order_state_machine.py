# BUG: check-then-act on the order state: ship() and cancel() both see "paid" and both transition
import threading
import time

VALID = {"new": {"paid", "cancelled"}, "paid": {"shipped", "cancelled"}, "shipped": set(), "cancelled": set()}


class Order:
    def __init__(self, order_id):
        self.order_id = order_id
        self.state = "new"
        self.history = ["new"]

    def transition(self, target):
        if target not in VALID[self.state]:
            raise ValueError(f"{self.state} -> {target}")
        time.sleep(0)  # persist to the "database"
        self.state = target
        self.history.append(target)


order = Order(42)
order.transition("paid")
errors = []


def attempt(target):
    try:
        order.transition(target)
    except ValueError as e:
        errors.append(str(e))


if __name__ == "__main__":
    ship = threading.Thread(target=attempt, args=("shipped",))
    cancel = threading.Thread(target=attempt, args=("cancelled",))
    ship.start()
    cancel.start()
    ship.join()
    cancel.join()
    assert len(order.history) == 3, order.history
