# silent-error candidate: a 10 ms result() timeout on a 100 ms job while another thread ticks 10 times every 2 ms
import concurrent.futures
import threading
import time

outcome = "pending"
ticks = 0


def ticker():
    global ticks
    for _ in range(10):
        ticks += 1
        time.sleep(0.002)


def slow() -> int:
    time.sleep(0.100)
    return 99


beat = threading.Thread(target=ticker)
beat.start()
executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
future = executor.submit(slow)
try:
    future.result(timeout=0.010)
    outcome = "fresh"
except concurrent.futures.TimeoutError:
    outcome = "timed_out"
beat.join()
executor.shutdown()
