import threading

results = []


def worker(a, b):
    results.append(a // b)
    results.append(a % b)
    results.append(-a // b)
    results.append(-a % b)
    results.append(-(a // -b))


t = threading.Thread(target=worker, args=(7, 2))
t.start()
t.join()
print(results)
