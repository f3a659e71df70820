# bug: none
import threading
import time

ctx = threading.local()
results = []
results_lock = threading.Lock()


def current_user():
    return getattr(ctx, "user", "anonymous")


def log(msg):
    with results_lock:
        results.append(f"[{current_user()}] {msg}")


def handle(user, path):
    ctx.user = user
    ctx.hits = 0
    for part in path.strip("/").split("/"):
        ctx.hits += 1
        time.sleep(0.001)
    log(f"{path} parts={ctx.hits}")


requests = [("alice", "/a/b/c"), ("bob", "/x"), ("carol", "/p/q")]
workers = [threading.Thread(target=handle, args=r) for r in requests]
for w in workers:
    w.start()
for w in workers:
    w.join()
log("main done")

for line in sorted(results):
    print(line)
