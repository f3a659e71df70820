import threading

results = []


def worker(n):
    square = n * n
    results.append(square * 4 // 1000)
    acc = 1
    for _ in range(70):
        acc = acc * 2
    results.append(acc % 1000)


t = threading.Thread(target=worker, args=(3_000_000_000,))
t.start()
t.join()
print(results)
