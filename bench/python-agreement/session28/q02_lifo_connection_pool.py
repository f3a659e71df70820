import queue
import threading
import time


class Connection:
    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.uses = 0


pool: queue.LifoQueue[Connection] = queue.LifoQueue(maxsize=2)
for i in range(2):
    pool.put(Connection(i))

served = 0
timeouts = 0
lock = threading.Lock()


def request(n: int) -> None:
    global served, timeouts
    try:
        conn = pool.get(timeout=0.5)
    except queue.Empty:
        with lock:
            timeouts += 1
        return
    try:
        conn.uses += 1
        time.sleep(0.01)
        with lock:
            served += 1
    finally:
        pool.put(conn)


threads = [threading.Thread(target=request, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total_uses = 0
while not pool.empty():
    total_uses += pool.get_nowait().uses
print(f"served={served} timeouts={timeouts} total_uses={total_uses}")
assert served == 5 and total_uses == 5
