import time

checksum = 0


def crunch(n):  # weft: cpu 20ms
    total = 0
    for i in range(n):
        total += i % 7
    return total


start = time.perf_counter()
for _ in range(3):
    checksum += crunch(150_000)
    time.sleep(0.05)
print(checksum, f"{time.perf_counter() - start:.3f}s")
