# Futures with add_done_callback; the callbacks record results and failures under a lock.
import functools
import threading
from concurrent.futures import ThreadPoolExecutor

FILES = ["report.txt", "image.png", "notes.md", "broken"]

log_lock = threading.Lock()
sizes_seen = []
failures = []


def fake_size(name):
    if "." not in name:
        raise ValueError(f"no extension: {name}")
    stem, ext = name.rsplit(".", 1)
    return len(stem) * 10 + len(ext)


def on_done(future):
    with log_lock:
        if future.exception() is not None:
            failures.append("broken")
        else:
            sizes_seen.append(future.result())


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for name in FILES:
            future = pool.submit(fake_size, name)
            future.add_done_callback(on_done)
    assert failures == ["broken"]
    assert 52 in sizes_seen
