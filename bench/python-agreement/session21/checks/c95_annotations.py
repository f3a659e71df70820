# annotated assignments and signatures (modern Python) mean the same as plain ones
import threading
from typing import Optional

counter: int = 0
names: list[str] = []
lock: threading.Lock = threading.Lock()
last: Optional[str] = None


def record(name: str, times: int = 2) -> None:
    global counter, last
    for _ in range(times):
        with lock:
            counter += 1
            names.append(name)
            last = name


threads: list[threading.Thread] = [threading.Thread(target=record, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, len(names))
