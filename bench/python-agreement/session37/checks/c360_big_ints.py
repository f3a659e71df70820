import threading

vals = []
log = []


def add(v):
    vals.append(v)


threads = [threading.Thread(target=add, args=(v,)) for v in (3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
a = min(vals)
b = max(vals)
log.append(10 ** 20 + a)
log.append(2 ** 63 * b)
big = 1
for i in range(1, 26):
    big *= i
log.append(big)
log.append(-(2 ** 64) // a)
log.append((2 ** 64 + b) % 1000)
print(log)  # ordered
