import threading

log = []


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host

    def open(self):
        current = Connection.opened
        Connection.opened = current + 1


conns = [Connection(h) for h in ("a", "b")]
threads = [threading.Thread(target=c.open) for c in conns]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(Connection.opened)
print(log)  # ordered
