# Expected: the worker stops soon after main sets the stop Event; it runs a handful of ticks (no bug).
import threading
import time

stop = threading.Event()
ticks = 0


def heartbeat():
    global ticks
    while not stop.is_set():
        ticks += 1
        time.sleep(0.01)


def main():
    worker = threading.Thread(target=heartbeat, daemon=True)
    worker.start()
    time.sleep(0.035)
    stop.set()
    worker.join()
    print("ticks:", ticks)


if __name__ == "__main__":
    main()
