import threading

results = {}


def work(a, b):
    results[a * 100 + b] = a // b * 1000 + a % b


threads = [threading.Thread(target=work, args=(a, b)) for a, b in [(-7, 2), (7, -2), (-7, -2), (-1, 3)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
