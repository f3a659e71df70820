# Futures with add_done_callback; the callbacks record results and failures under a lock.
import threading
from concurrent.futures import ThreadPoolExecutor

FILES = ["report.txt", "image.png", "notes.md", "broken"]

log_lock = threading.Lock()
sizes = {}
failures = []


def fake_size(name):
    if "." not in name:
        raise ValueError(f"no extension: {name}")
    stem, ext = name.rsplit(".", 1)
    return len(stem) * 10 + len(ext)


def make_callback(name):
    def on_done(future):
        with log_lock:
            if future.exception() is not None:
                failures.append(name)
            else:
                sizes[name] = future.result()
    return on_done


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for name in FILES:
            future = pool.submit(fake_size, name)
            future.add_done_callback(make_callback(name))
    assert failures == ["broken"]
    assert sizes["notes.md"] == 52
