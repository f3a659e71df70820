# Expected: bounded buffer with Condition; every item produced is consumed exactly once (consumed == 4).
import threading

CAPACITY = 2
buffer = []
consumed = 0
cond = threading.Condition()


def producer(count):
    for i in range(count):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(i)
            cond.notify_all()


def consumer(count):
    global consumed
    for _ in range(count):
        with cond:
            while len(buffer) == 0:
                cond.wait()
            buffer.pop(0)
            consumed += 1
            cond.notify_all()


def main():
    p = threading.Thread(target=producer, args=(4,))
    c = threading.Thread(target=consumer, args=(4,))
    p.start()
    c.start()
    p.join()
    c.join()
    print(f"consumed {consumed}, left {len(buffer)}")


if __name__ == "__main__":
    main()
