# session25/f05: BUG race: the nonlocal running total is read and written back by several pool threads
from concurrent.futures import ThreadPoolExecutor


def make_accumulator():
    total = 0

    def add(amount):
        nonlocal total
        current = total
        for _ in range(200):
            pass  # a little bookkeeping between read and write
        total = current + amount
        return total

    def value():
        return total

    return add, value


add, value = make_accumulator()
amounts = [5, 10, 20, 40]
with ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(add, amounts))

print("total", value())
assert value() == sum(amounts), "updates were lost"
