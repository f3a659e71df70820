# ordered
# `in` of a list of plain instances (no __eq__) compares identity.
import threading

log = []


class Order:
    def __init__(self, item):
        self.item = item


processed = []


def worker():
    first = Order("tea")
    processed.append(first)
    log.append(Order("tea") in processed)
    log.append(first in processed)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
