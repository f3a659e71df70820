import threading

totals: list[float] = []
lock = threading.Lock()


def average(values: list[int]) -> None:
    avg = sum(values) / len(values)
    with lock:
        totals.append(avg)


threads = [threading.Thread(target=average, args=(v,)) for v in ([1, 2], [1, 2, 3, 4], [10])]
for t in threads:
    t.start()
for t in threads:
    t.join()
combined = sum(totals)
ratio = 1 / 3
tenth = 0.1 + 0.2
print(totals, combined, ratio, tenth)
