# Expected: three-stage pipeline over bounded queues delivers every item in order (output == [2, 4, 6, 8, 10]); no bug
import queue
import threading

STOP = object()
raw = queue.Queue(maxsize=2)
doubled = queue.Queue(maxsize=2)
output = []


def source():
    for n in range(1, 6):
        raw.put(n)
    raw.put(STOP)


def double_stage():
    while True:
        item = raw.get()
        if item is STOP:
            doubled.put(STOP)
            return
        doubled.put(item * 2)


def sink():
    while (item := doubled.get()) is not STOP:
        output.append(item)


def main():
    stages = [threading.Thread(target=f) for f in (source, double_stage, sink)]
    for s in stages:
        s.start()
    for s in stages:
        s.join()
    print(f"output={output}")


if __name__ == "__main__":
    main()
