import threading


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


out = []


def worker():
    value = crunch(20000)  # weft: cpu 2ms
    out.append(value)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out), out[0])
