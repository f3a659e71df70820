import threading

# about 30 ms of pure-Python work on this machine (calibrated: 1M iterations ~ 135 ms)
ITERATIONS = 220_000


def checksum(seed):
    total = seed
    for i in range(ITERATIONS):  # weft: cpu 30ms
        total = (total + i * i) % 1_000_003
    return total


def hash_chunk(idx, results):
    checksum(idx)
    results[idx] = "ok"


results = {}
threads = [threading.Thread(target=hash_chunk, args=(i, results)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
