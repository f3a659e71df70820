import threading
import time

finished: list[int] = []


def io_task(ms: int) -> None:
    time.sleep(ms / 1000)
    finished.append(ms)


threads = [threading.Thread(target=io_task, args=(ms,)) for ms in (30, 50, 80)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"finished={finished}")
assert finished == [30, 50, 80]
