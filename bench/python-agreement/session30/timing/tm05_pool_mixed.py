import time
from concurrent.futures import ThreadPoolExecutor


def parse(blob):  # weft: cpu 2ms
    total = 0
    for i in range(40000):
        total += i % 7
    return total


def handle(request):
    time.sleep(0.01)  # read from the network
    parse(request)
    return request


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    done = list(pool.map(handle, range(6)))
elapsed = time.perf_counter() - start
print("handled:", len(done))
print(f"wall: {elapsed * 1000:.1f} ms")
