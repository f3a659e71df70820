# variant of f05_closure_total_race.py: the smallest edit past its refusal
# BUG: race: the nonlocal running total is read and written back by several pool threads
from concurrent.futures import ThreadPoolExecutor


class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, amount):
        current = self.total
        for _ in range(200):
            pass  # a little bookkeeping between read and write
        self.total = current + amount
        return self.total

    def value(self):
        return self.total


acc = Accumulator()
add, value = acc.add, acc.value
amounts = [5, 10, 20, 40]
with ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(add, amounts))

print("total", value())
assert value() == sum(amounts), "updates were lost"
