import heapq
import threading
from collections import deque

recent: deque[int] = deque(maxlen=3)
history: deque[int] = deque()
heap: list[tuple[int, str]] = []
out: dict[str, int] = {}
names: list[str] = []
lock = threading.Lock()


def record(values: list[int]) -> None:
    for v in values:
        with lock:
            recent.append(v)
            history.appendleft(v)


def read() -> None:
    with lock:
        out["recent_len"] = len(recent)
        out["recent_first"] = recent[0]
        out["history_first"] = history[0]
        out["history_len"] = len(history)


t = threading.Thread(target=record, args=([5, 1, 7, 3, 6],))
t.start()
t.join()
r = threading.Thread(target=read)
r.start()
r.join()
n = len(out)
