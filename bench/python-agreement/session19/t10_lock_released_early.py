# BUG: lock released too early: the count is read under the lock but written back after it is released
import threading

stats = {"requests": 0, "errors": 0}
stats_lock = threading.Lock()


def record_request(failed):
    with stats_lock:
        current = stats["requests"]
    stats["requests"] = current + 1
    if failed:
        with stats_lock:
            stats["errors"] += 1


def worker(outcomes):
    for failed in outcomes:
        record_request(failed)


if __name__ == "__main__":
    plans = [[False, True], [False, False], [True, False]]
    threads = [threading.Thread(target=worker, args=(plan,)) for plan in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(len(p) for p in plans)
    assert stats["requests"] == total, f"lost updates: {stats['requests']} of {total}"
