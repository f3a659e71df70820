# no bug: a ticket office sells a fixed number of seats with a lock; a Semaphore caps open sales windows at two
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Office:
    seats: int
    sold: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


office = Office(seats=3)
windows = threading.Semaphore(2)


def sell(customer: str) -> None:
    with windows:
        time.sleep(0.002)
        with office.lock:
            if office.seats > 0:
                office.seats -= 1
                office.sold.append(customer)


buyers = [threading.Thread(target=sell, args=(name,)) for name in ["ann", "ben", "cy", "di"]]
for b in buyers:
    b.start()
for b in buyers:
    b.join()
print(f"left={office.seats} sold={len(office.sold)}")
assert office.seats == 0 and len(office.sold) == 3
