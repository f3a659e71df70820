# Carts as dataclasses with a default_factory list; threads add items under a lock.
import threading
from dataclasses import dataclass, field

log = []


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    total: int = 0


carts = {"ann": Cart("ann"), "bob": Cart("bob")}
lock = threading.Lock()


def shop(owner, purchases):
    for name, price in purchases:
        with lock:
            cart = carts[owner]
            cart.items.append(name)
            cart.total += price


threads = [threading.Thread(target=shop, args=("ann", [("tea", 3), ("jam", 4)])),
           threading.Thread(target=shop, args=("bob", [("oats", 2)])),
           threading.Thread(target=shop, args=("ann", [("figs", 5)]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for owner in ["ann", "bob"]:
    log.append(f"{owner}:{len(carts[owner].items)}:{carts[owner].total}")
print(log)
