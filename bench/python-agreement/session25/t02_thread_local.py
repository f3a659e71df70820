import threading

context = threading.local()
results = {}
results_lock = threading.Lock()


def log(message):
    # every thread keeps its own buffer: no lock needed for the buffer itself
    if not hasattr(context, "lines"):
        context.lines = []
    context.lines.append(f"[{context.name}] {message}")


def handle_request(name, items):
    context.name = name
    total = 0
    for index, item in enumerate(items):
        total += item
        log(f"item {index}: {item:>3}")
    log(f"total={total:05d}")
    with results_lock:
        results[name] = "\n".join(context.lines)


workers = [
    threading.Thread(target=handle_request, args=("alpha", [1, 2, 3])),
    threading.Thread(target=handle_request, args=("beta", [10, 20])),
    threading.Thread(target=handle_request, args=("gamma", [7])),
]
for w in workers:
    w.start()
for w in workers:
    w.join()

context.name = "main"
print(hasattr(context, "lines"))
for name in sorted(results):
    print(results[name])
