import threading
from typing import Dict, List, Optional

results: List[int] = []
index: Dict[str, int] = {}
last: Optional[str] = None
lock = threading.Lock()


def worker(name: str, value: int) -> None:
    global last
    with lock:
        results.append(value)
        index[name] = value
        last = name


threads: List[threading.Thread] = [threading.Thread(target=worker, args=(n, v)) for n, v in (("a", 1), ("b", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
total: int = sum(results)
