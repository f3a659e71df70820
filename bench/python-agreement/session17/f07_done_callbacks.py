# no bug: done callbacks record each finished upload under a lock
import threading
from concurrent.futures import ThreadPoolExecutor

uploaded = []
uploaded_lock = threading.Lock()


def upload(filename: str) -> str:
    return filename.replace(".txt", ".gz")


def on_done(future) -> None:
    with uploaded_lock:
        uploaded.append(future.result())


with ThreadPoolExecutor(max_workers=2) as executor:
    for name in ["a.txt", "b.txt", "c.txt"]:
        executor.submit(upload, name).add_done_callback(on_done)

uploaded_count = len(uploaded)
print(f"{uploaded_count} uploads: {sorted(uploaded)}")
assert sorted(uploaded) == ["a.gz", "b.gz", "c.gz"]
