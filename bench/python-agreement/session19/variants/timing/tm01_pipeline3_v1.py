"""Timing: a three-stage thread pipeline, each stage sleeping per item."""
import queue
import threading
import time

ITEMS = 8
STAGE_MS = (4, 6, 3)

q1 = queue.Queue()
q2 = queue.Queue()
out = []


def stage_one():
    for i in range(ITEMS):
        time.sleep(STAGE_MS[0] / 1000)
        q1.put(i)
    q1.put(None)


def stage_two():
    while (item := q1.get()) is not None:
        time.sleep(STAGE_MS[1] / 1000)
        q2.put(item)
    q2.put(None)


def stage_three():
    while (item := q2.get()) is not None:
        time.sleep(STAGE_MS[2] / 1000)
        out.append(item)


if __name__ == "__main__":
    threads = [threading.Thread(target=f) for f in (stage_one, stage_two, stage_three)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    processed = len(out)
