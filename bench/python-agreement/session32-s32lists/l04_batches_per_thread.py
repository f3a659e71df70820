# Each packer thread groups its items in batches of two, starting a new batch list after each send; the last partial batch is sent at the end
import threading

sent = []
lock = threading.Lock()


def packer(name, count):
    batch = []
    for i in range(count):
        batch.append(f"{name}{i}")
        if len(batch) == 2:
            with lock:
                sent.append(",".join(batch))
            batch = []
    if batch:
        with lock:
            sent.append(",".join(batch))


threads = [threading.Thread(target=packer, args=(n, c)) for n, c in [("a", 3), ("b", 2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("batches:", sorted(sent), "sent:", len(sent))
