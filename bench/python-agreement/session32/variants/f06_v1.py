# Thumbnail jobs report back through add_done_callback; the callback records sizes and failures.
import threading
from concurrent.futures import ThreadPoolExecutor

results = {}
failures = []
results_lock = threading.Lock()


def make_thumbnail(name, width, height):
    if width <= 0 or height <= 0:
        raise ValueError(f"bad size for {name}")
    scale = max(width, height) // 64 or 1
    return (width // scale, height // scale)


def on_done(name):
    def callback(future):
        with results_lock:
            if future.exception() is not None:
                failures.append(name)
            else:
                results[name] = future.result()
    return callback


images = [("cat.png", 640, 480), ("dog.png", 128, 256), ("broken.png", 0, 10)]
with ThreadPoolExecutor(max_workers=2) as pool:
    for name, w, h in images:
        fut = pool.submit(make_thumbnail, name, w, h)
        fut.add_done_callback(on_done(name))

print(dict(sorted(results.items())))
print("failures", failures)
