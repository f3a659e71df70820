import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

sizes: dict[str, int] = {}
callbacks_run = 0
lock = threading.Lock()


def download(url: str) -> int:
    time.sleep(0.01)
    return len(url) * 100


def make_callback(url: str):
    def on_done(fut: Future) -> None:
        global callbacks_run
        with lock:
            sizes[url] = fut.result()
            callbacks_run += 1
    return on_done


urls = ["a.example", "bb.example", "ccc.example"]
with ThreadPoolExecutor(max_workers=2) as executor:
    for url in urls:
        future = executor.submit(download, url)
        future.add_done_callback(make_callback(url))


total = sum(sizes.values())
print(f"callbacks_run={callbacks_run} total={total}")
assert callbacks_run == 3 and total == 900 + 1000 + 1100
