# At most MAX_CONNECTIONS workers talk to the "database" at once (BoundedSemaphore); peak usage tracked under a lock.
import threading
import time

MAX_CONNECTIONS = 2
QUERIES = ["select 1", "select 2", "select 3", "select 4"]

pool = threading.BoundedSemaphore(MAX_CONNECTIONS)
stats_lock = threading.Lock()
stats = {"active": 0, "peak": 0, "done": 0}
answers = []


def run_query(sql):
    with pool:
        with stats_lock:
            stats["active"] += 1
            stats["peak"] = max(stats["peak"], stats["active"])
        time.sleep(0.002)
        answer = sql.split()[-1]
        with stats_lock:
            stats["active"] -= 1
            stats["done"] += 1
            answers.append(answer)


if __name__ == "__main__":
    threads = [threading.Thread(target=run_query, args=(q,)) for q in QUERIES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert stats["peak"] <= MAX_CONNECTIONS
    assert stats["done"] == len(QUERIES)
    answers.sort()
