import queue
import threading

STOP = None
SCALE = 3


def stage(func, inbox, outbox):
    while True:
        item = inbox.get()
        if item is STOP:
            outbox.put(STOP)
            return
        outbox.put(func(item))


def main():
    raw = queue.Queue()
    scaled = queue.Queue()
    shifted = queue.Queue()
    stages = [
        threading.Thread(target=stage, args=(lambda n: n * SCALE, raw, scaled)),
        threading.Thread(target=stage, args=(lambda n: n + 1 if n % 2 else n - 1, scaled, shifted)),
    ]
    for s in stages:
        s.start()
    for n in [1, 2, 5]:
        raw.put(n)
    raw.put(STOP)
    total = 0
    count = 0
    while True:
        item = shifted.get()
        if item is STOP:
            break
        total += item
        count += 1
    for s in stages:
        s.join()
    print(total, count)
    assert total == 4 + 5 + 16


main()
