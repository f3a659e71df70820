import threading

totals = [0, 0]


def work(slot: int) -> None:
    total = 0
    for i in range(100_000):
        total += i % 7
    totals[slot] = total


threads = [threading.Thread(target=work, args=(s,)) for s in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
assert totals == [299995, 299995]
