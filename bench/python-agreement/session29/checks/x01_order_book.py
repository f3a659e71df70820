import threading
from dataclasses import dataclass, field


@dataclass
class Order:
    oid: int
    qty: int
    filled: int = 0

    def remaining(self):
        return self.qty - self.filled


book = [Order(1, 5), Order(2, 3), Order(3, 4)]
book_lock = threading.Lock()
fills = []


def fill(amount):
    with book_lock:
        for order in book:
            take = min(amount, order.remaining())
            if take > 0:
                order.filled += take
                fills.append(order.oid * 100 + take)
                amount -= take
            if amount == 0:
                break


ts = [threading.Thread(target=fill, args=(a,)) for a in (4, 6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
left = sum(o.remaining() for o in book)
done_ids = [o.oid for o in book if o.remaining() == 0]
print(fills, left, done_ids)
