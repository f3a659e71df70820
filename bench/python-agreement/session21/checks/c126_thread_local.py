# threading.local: each thread sees its own attribute
import threading

ctx = threading.local()
seen = []
lock = threading.Lock()


def handle(user):
    ctx.user = user
    ctx.count = 0
    for _ in range(3):
        ctx.count += 1
    with lock:
        seen.append(ctx.user + ":" + str(ctx.count))


threads = [threading.Thread(target=handle, args=(u,)) for u in ("ann", "bob")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
