"""Orders (dataclass instances) kept in a dict of lists; two threads mark orders shipped, one counts."""
import threading
from dataclasses import dataclass


@dataclass
class Order:
    oid: int
    shipped: bool = False


by_customer = {"ann": [Order(1), Order(2)], "bo": [Order(3)]}
shipped_count = 0
lock = threading.Lock()


def ship(customer):
    global shipped_count
    for order in by_customer[customer]:
        order.shipped = True
        with lock:
            shipped_count += 1


def audit(out):
    out.append(sum(1 for orders in by_customer.values() for o in orders if o.shipped))


seen = []
threads = [threading.Thread(target=ship, args=("ann",)), threading.Thread(target=ship, args=("bo",)), threading.Thread(target=audit, args=(seen,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
final_shipped = sum(1 for orders in by_customer.values() for o in orders if o.shipped)
print(shipped_count, final_shipped, seen)
