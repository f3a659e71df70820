import threading
results = [0, 0, 0]
def work(i, n):
    results[i] = n * n
ts = [threading.Thread(target=work, args=(i, n)) for i, n in enumerate([3, 4, 5])]
for t in ts: t.start()
for t in ts: t.join()
print(results)
