# Kitchen: the pass puts order tickets on a queue; two cooks take them until a None sentinel each. Bug: none.
import queue
import threading
from collections import defaultdict

tickets = queue.Queue()
cooked = defaultdict(int)
by_cook = {"cook-1": 0, "cook-2": 0}
lock = threading.Lock()


def cook(name):
    while True:
        ticket = tickets.get()
        if ticket is None:
            tickets.task_done()
            break
        dish, qty = ticket
        with lock:
            cooked[dish] += qty
            by_cook[name] += 1
        tickets.task_done()


cooks = [threading.Thread(target=cook, args=(f"cook-{i}",)) for i in (1, 2)]
for c in cooks:
    c.start()
orders = [("soup", 2), ("pasta", 1), ("soup", 1), ("salad", 3), ("pasta", 2)]
for o in orders:
    tickets.put(o)
for _ in cooks:
    tickets.put(None)
tickets.join()
for c in cooks:
    c.join()

handled = by_cook["cook-1"] + by_cook["cook-2"]
print(f"cooked={dict(sorted(cooked.items()))} handled={handled}")
