# Each thread's own buffer on a threading.local(), made lazily with hasattr; the main thread never
# sets it (hasattr is False there).
import threading

context = threading.local()
out = {}
lock = threading.Lock()


def note(text):
    if not hasattr(context, "buffer"):
        context.buffer = []
    context.buffer.append(text)


def worker(name, n):
    for i in range(n):
        note(f"{name}{i}")
    with lock:
        out[name] = ",".join(context.buffer)


threads = [threading.Thread(target=worker, args=("p", 2)), threading.Thread(target=worker, args=("q", 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()), hasattr(context, "buffer"))
