# ordered
# `in` of a list of dataclass instances compares with the generated __eq__ (fields), not identity.
import threading
from dataclasses import dataclass

log = []


@dataclass
class Order:
    item: str
    qty: int


processed = []


def worker():
    processed.append(Order("tea", 2))
    log.append(Order("tea", 2) in processed)
    log.append(Order("tea", 3) in processed)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
