# names that shadow builtins as variables (id, max, sum, type, input)
import threading

results = []
lock = threading.Lock()


def worker(id, max):
    sum = 0
    for type in range(max):
        sum += type
    input = sum * id
    with lock:
        results.append(input)


threads = [threading.Thread(target=worker, args=(i, 4)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = 0
for r in results:
    total += r
print(total)
