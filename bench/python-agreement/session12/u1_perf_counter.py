import threading, time
def io():
    time.sleep(0.05)
start = time.perf_counter()
ts = [threading.Thread(target=io) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
elapsed = time.perf_counter() - start
print(f"elapsed {elapsed:.2f}s")
