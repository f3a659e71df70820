import threading
import time

finish_order: list[int] = []


def download(ms: int) -> None:
    time.sleep(ms / 1000)
    finish_order.append(ms)


threads = [threading.Thread(target=download, args=(ms,)) for ms in (70, 30, 50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"order={finish_order}")
