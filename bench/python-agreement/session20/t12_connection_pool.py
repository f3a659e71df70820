"""At most three connections at once, guarded by a BoundedSemaphore; track the peak."""
import threading
import time

MAX_CONNECTIONS = 3

pool = threading.BoundedSemaphore(MAX_CONNECTIONS)
stats_lock = threading.Lock()
stats = {"active": 0, "peak": 0, "served": 0}


def query(client_id):
    with pool:
        with stats_lock:
            stats["active"] += 1
            stats["peak"] = max(stats["peak"], stats["active"])
        time.sleep(0.002)
        with stats_lock:
            stats["active"] -= 1
            stats["served"] += 1


if __name__ == "__main__":
    clients = [threading.Thread(target=query, args=(i,)) for i in range(6)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    assert stats["peak"] <= MAX_CONNECTIONS
    assert stats["served"] == 6
    print(stats)
