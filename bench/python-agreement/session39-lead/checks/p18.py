import threading, time
results = {}
def fetch(name, delay):
    time.sleep(delay)
    results[name] = len(name) * 10
threads = {n: threading.Thread(target=fetch, args=(n, d)) for n, d in [("a", 0.01), ("bb", 0.005)]}
for t in threads.values(): t.start()
for name, t in threads.items():
    t.join(timeout=1)
    results[name + "_alive"] = t.is_alive()
print(dict(sorted(results.items())))
