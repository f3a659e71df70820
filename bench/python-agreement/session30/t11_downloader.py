import threading
import time

MAX_CONCURRENT = 2
slots = threading.Semaphore(MAX_CONCURRENT)
results = {}
attempts = {}
state_lock = threading.Lock()
active = 0
peak = 0


class TransientError(Exception):
    pass


def fetch(url, attempt):
    time.sleep(0.002)  # the network
    if url.endswith("flaky") and attempt == 0:
        raise TransientError(url)
    return len(url)


def download(url, retries=2):
    global active, peak
    with slots:
        with state_lock:
            active += 1
            peak = max(peak, active)
        try:
            for attempt in range(retries + 1):
                try:
                    size = fetch(url, attempt)
                except TransientError:
                    continue
                else:
                    with state_lock:
                        results[url] = size
                        attempts[url] = attempt + 1
                    break
            else:
                with state_lock:
                    results[url] = None
        finally:
            with state_lock:
                active -= 1


urls = ["a.com", "b.org/flaky", "c.net", "d.io/x"]
threads = [threading.Thread(target=download, args=(u,)) for u in urls]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("sizes:", {u: results[u] for u in urls})
print("attempts:", attempts, "peak:", peak, "active:", active)
