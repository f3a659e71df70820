# threading.local: each thread sees only its own attribute values.
import threading

log = []
ctx = threading.local()
lock = threading.Lock()


def handle(user, count):
    ctx.user = user
    ctx.total = 0
    for i in range(count):
        ctx.total += i
    with lock:
        log.append(f"{ctx.user}:{ctx.total}")


threads = [threading.Thread(target=handle, args=(u, c)) for u, c in [("ann", 3), ("bob", 5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(hasattr(ctx, "user"))
print(log)
