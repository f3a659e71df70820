# no bug: a heartbeat thread ticks until the main thread sets a stop Event (graceful shutdown)
import threading
import time

stop = threading.Event()
beats = 0
status = "starting"


def heartbeat(interval: float) -> None:
    global beats
    while not stop.is_set():
        beats += 1
        stop.wait(interval)


def main() -> None:
    global status
    monitor = threading.Thread(target=heartbeat, args=(0.010,), daemon=True)
    monitor.start()
    status = "running"
    time.sleep(0.035)
    stop.set()
    monitor.join()
    status = "stopped"
    print(f"{beats} beats, status={status}")
    assert beats >= 1


if __name__ == "__main__":
    main()
