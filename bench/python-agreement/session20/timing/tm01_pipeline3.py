"""Three-stage thread pipeline (parse -> enrich -> store) joined by queues; each stage sleeps per item."""
import queue
import threading
import time

ITEMS = 6
DONE = None

stage1_to_2 = queue.Queue()
stage2_to_3 = queue.Queue()
stored = []


def parse():
    for i in range(ITEMS):
        time.sleep(0.010)
        stage1_to_2.put(i)
    stage1_to_2.put(DONE)


def enrich():
    while True:
        item = stage1_to_2.get()
        if item is DONE:
            stage2_to_3.put(DONE)
            return
        time.sleep(0.015)
        stage2_to_3.put(item * 10)


def store():
    while True:
        item = stage2_to_3.get()
        if item is DONE:
            return
        time.sleep(0.005)
        stored.append(item)


if __name__ == "__main__":
    stages = [threading.Thread(target=f) for f in (parse, enrich, store)]
    for s in stages:
        s.start()
    for s in stages:
        s.join()
    assert stored == [0, 10, 20, 30, 40, 50]
