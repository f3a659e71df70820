import threading

log = []
seen = set()


class Conn:
    def __init__(self, host):
        self.host = host


pool = [Conn("a"), Conn("b")]


def use(i):
    seen.add(pool[i])


threads = [threading.Thread(target=use, args=(i,)) for i in (0, 1, 0)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(len(seen))
log.append(pool[1] in seen)
print(log)  # ordered
