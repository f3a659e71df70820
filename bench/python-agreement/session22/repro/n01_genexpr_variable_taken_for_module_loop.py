# REFUSAL WITH A WRONG REASON (not silent): "`i` is this loop's variable and `worker` reads the global `i`"; worker's only `i` is its generator expression's own variable
import threading

results = []


def worker(n):
    results.append(sum(i * i for i in range(n)))


for i in range(2):
    threading.Thread(target=worker, args=(i + 3,)).start()
