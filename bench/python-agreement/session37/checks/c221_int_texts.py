import threading

vals = []
log = []


def add(v):
    vals.append(v)


t = threading.Thread(target=add, args=(255,))
t.start()
t.join()
n = vals[0]
log.append(f"{n:x}|{n:o}|{n:b}|{n:08d}|{n:+d}|{n:,}")
log.append(hex(n))
log.append(bin(n))
log.append(str(n ** 10))
log.append(str(-n // 7))
log.append(f"{n / 7:.2f}")
log.append(f"{n!r}")
log.append(chr(n - 190))
log.append(ord("A") + n)
print(log)  # ordered
