import threading

vals = []
log = []


def add(v):
    vals.append(v)


threads = [threading.Thread(target=add, args=(v,)) for v in (0.1, 0.2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
s = vals[0] + vals[1]
log.append(f"{s}")
log.append(str(s * 1e17))
log.append(str(s / 3e6))
log.append(repr(100.0 / 3))
log.append(f"{s:g}")
log.append(f"{s:e}")
log.append(str(-s * 0.0))
log.append(str(round(s, 1)))
log.append(str(2.5 * 4))
log.append(f"{1 / 7:.3}")
print(log)  # ordered
