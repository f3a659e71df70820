"""A snapshot copy taken under the lock does not change when the shared list and dict change later."""
import threading

lock = threading.Lock()
events: list[str] = ["boot"]
stats: dict[str, int] = {"hits": 1}
snapshot_events: list[str] = []
snapshot_len = 0
snapshot_hits = 0


def take_snapshot() -> None:
    global snapshot_len, snapshot_hits
    with lock:
        copy_events = list(events)
        copy_stats = dict(stats)
    with lock:
        events.append("after")
        stats["hits"] += 10
    snapshot_events.extend(copy_events)
    snapshot_len = len(copy_events)
    snapshot_hits = copy_stats["hits"]


t = threading.Thread(target=take_snapshot)
t.start()
t.join()
print(snapshot_events, snapshot_hits, events, stats)
