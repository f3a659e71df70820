# Expected: the watchdog Timer is cancelled before it fires (fired == 0, finished == 1); no bug
import threading
import time

fired = 0
finished = 0


def on_timeout():
    global fired
    fired = 1
    print("watchdog: job took too long!")


def job():
    global finished
    time.sleep(0.01)
    finished = 1


def main():
    watchdog = threading.Timer(0.2, on_timeout)
    watchdog.start()
    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    watchdog.cancel()
    print(f"fired={fired} finished={finished}")


if __name__ == "__main__":
    main()
