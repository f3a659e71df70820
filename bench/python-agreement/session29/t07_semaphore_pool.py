import threading
import time

MAX_CONNECTIONS = 2
pool_sema = threading.BoundedSemaphore(MAX_CONNECTIONS)
stats_lock = threading.Lock()
active = 0
peak = 0
served = 0


def use_connection(client_id):
    global active, peak, served
    with pool_sema:
        with stats_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with stats_lock:
            active -= 1
            served += 1


clients = [threading.Thread(target=use_connection, args=(i,)) for i in range(4)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print("peak:", peak, "served:", served, "active:", active)
