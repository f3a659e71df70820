# Known bug: lost wake-up (producer notifies before the consumer waits; wait has no predicate, so it times out: timed_out == 1, received == 0)
import threading
import time

cond = threading.Condition()
data = []
received = 0
timed_out = 0


def consumer():
    global received, timed_out
    time.sleep(0.02)  # consumer is slow to start
    with cond:
        if cond.wait(timeout=0.1):  # BUG: no "while not data" check
            received = data.pop(0)
        else:
            timed_out = 1
            print("consumer: timed out waiting for data")


def producer():
    with cond:
        data.append(42)
        cond.notify()


def main():
    c = threading.Thread(target=consumer)
    p = threading.Thread(target=producer)
    c.start()
    p.start()
    p.join()
    c.join()
    print(f"received={received} timed_out={timed_out} leftover={data}")


if __name__ == "__main__":
    main()
