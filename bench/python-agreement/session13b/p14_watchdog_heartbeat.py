# Expected: a watchdog waits on a heartbeat Event with a timeout; the worker beats in time, so no alarm.
import threading
import time

heartbeat = threading.Event()
alarms = 0
beats = 0


def watchdog():
    global alarms
    for _ in range(3):
        if not heartbeat.wait(timeout=0.5):
            alarms += 1
        heartbeat.clear()


def worker():
    global beats
    for _ in range(3):
        time.sleep(0.01)
        beats += 1
        heartbeat.set()


def main():
    w = threading.Thread(target=watchdog)
    k = threading.Thread(target=worker)
    w.start()
    k.start()
    k.join()
    w.join()
    print(f"beats={beats} alarms={alarms}")


if __name__ == "__main__":
    main()
