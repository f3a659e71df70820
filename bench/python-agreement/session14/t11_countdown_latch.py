# Expected: main waits on the latch until all 3 services started (started == 3 when it wakes); no bug
import threading
import time
import random


class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def wait(self):
        with self.cond:
            while self.count > 0:
                self.cond.wait()


latch = CountDownLatch(3)
started = 0
seen_at_wake = -1
lock = threading.Lock()


def service(name):
    global started
    time.sleep(random.random() / 100)
    with lock:
        started += 1
    latch.count_down()


def main():
    global seen_at_wake
    for name in ("db", "cache", "web"):
        threading.Thread(target=service, args=(name,)).start()
    latch.wait()
    seen_at_wake = started
    print(f"all services up: started={started} seen_at_wake={seen_at_wake}")


if __name__ == "__main__":
    main()
