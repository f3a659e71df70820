# BUG: order violation: workers read the config before the loader thread has published it
import threading
import time

config = None
results = []
errors = []
results_lock = threading.Lock()


def load_config():
    global config
    time.sleep(0.001)  # reading a file
    config = {"scale": 3, "offset": 1}


def worker(values):
    try:
        scale = config["scale"]
        offset = config["offset"]
    except TypeError:
        with results_lock:
            errors.append("config missing")
        return
    out = [v * scale + offset for v in values]
    with results_lock:
        results.extend(out)


loader = threading.Thread(target=load_config)
workers = [threading.Thread(target=worker, args=([i, i + 1],)) for i in range(0, 4, 2)]
loader.start()
for w in workers:
    w.start()
loader.join()
for w in workers:
    w.join()

print("results:", sorted(results))
print("errors:", errors)
