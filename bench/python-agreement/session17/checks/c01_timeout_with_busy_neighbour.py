# no bug: a 10 ms result() timeout on a 100 ms job while a heartbeat thread ticks every 2 ms; CPython always times out
import concurrent.futures
import threading
import time

outcome = "pending"
ticks = 0
stop = threading.Event()


def heartbeat():
    global ticks
    while not stop.is_set():
        ticks += 1
        time.sleep(0.002)


def slow() -> int:
    time.sleep(0.100)
    return 99


beat = threading.Thread(target=heartbeat)
beat.start()
executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
future = executor.submit(slow)
try:
    future.result(timeout=0.010)
    outcome = "fresh"
except concurrent.futures.TimeoutError:
    outcome = "timed_out"
stop.set()
beat.join()
executor.shutdown()
ticks = 0
