"""Two threads record `done:N` under a key made at run time (`f"user{n}"`), N read from a counter they
update without a lock: the messages say which interleaving happened."""
import threading

count = 0
results = {}


def worker(n):
    global count
    seen = count
    count = seen + 1
    msg = "done:" + str(seen + 1)
    results[f"user{n}"] = msg


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, count)
