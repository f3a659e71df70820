import threading
import time

io_rounds = 0
cpu_total = 0


def poller():
    global io_rounds
    for _ in range(5):
        time.sleep(0.02)
        io_rounds += 1


def cruncher():
    global cpu_total
    local = 0
    for i in range(450_000):  # weft: cpu 40ms
        local += 1
    cpu_total = local


start = time.perf_counter()
a = threading.Thread(target=poller)
b = threading.Thread(target=cruncher)
a.start()
b.start()
a.join()
b.join()
print(io_rounds, cpu_total, f"{time.perf_counter() - start:.3f}s")
