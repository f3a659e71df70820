import threading

total = 100
results = []


def worker(values):
    total = 0
    for v in values:
        total += v
    results.append(total)


t = threading.Thread(target=worker, args=([1, 2, 3],))
t.start()
t.join()
print(total, results)
