import threading

pairs = []
log = []


def add(p):
    pairs.append(p)


t = threading.Thread(target=add, args=((3, "x"),))
t.start()
t.join()
p = pairs[0]
log.append(p + (1,))
log.append(p * 2)
log.append(p[::-1])
log.append(len(p))
log.append("x" in p)
log.append(p.index("x"))
print(log)  # ordered
