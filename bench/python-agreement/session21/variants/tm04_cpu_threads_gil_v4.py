import threading

# tm04 with agree.py's calibration: `burn` measured on this machine, written into the annotation
ITERATIONS = 220_000


def burn():  # weft: cpu CALIBRATED
    total = 0
    for i in range(ITERATIONS):
        total = (total + i * i) % 1_000_003
    return total


def hash_chunk(idx, results):
    burn()
    results[idx] = "ok"


results = {}
threads = [threading.Thread(target=hash_chunk, args=(i, results)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
