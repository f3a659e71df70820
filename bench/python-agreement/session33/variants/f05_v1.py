import threading
from concurrent.futures import ThreadPoolExecutor

summary = {"ok": [], "failed": []}
lock = threading.Lock()


def check_health(service):
    if service.endswith("-down"):
        raise ConnectionError(service)
    return f"{service}:200"


def on_done(future):
    with lock:
        error = future.exception()
        if error is not None:
            summary["failed"].append(str(error))
        else:
            summary["ok"].append(future.result())


services = ["auth", "billing-down", "search", "cache-down"]
with ThreadPoolExecutor(max_workers=2) as pool:
    for service in services:
        pool.submit(check_health, service).add_done_callback(on_done)

print("ok", sorted(summary["ok"]), "failed", sorted(summary["failed"]))
