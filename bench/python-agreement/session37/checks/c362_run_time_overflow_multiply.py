import threading

factors = []
log = []


def add(v):
    factors.append(v)


threads = [threading.Thread(target=add, args=(v,)) for v in (3037000500, 3037000500)]
for t in threads:
    t.start()
for t in threads:
    t.join()
product = factors[0] * factors[1]
log.append(product)
log.append(product % 7)
print(log)  # ordered
