import queue
import threading

STOP = object()


def stage(func, inbox, outbox):
    while True:
        item = inbox.get()
        if item is STOP:
            outbox.put(STOP)
            return
        outbox.put(func(item))


def main():
    raw = queue.Queue()
    cleaned = queue.Queue()
    shouted = queue.Queue()
    stages = [
        threading.Thread(target=stage, args=(str.strip, raw, cleaned)),
        threading.Thread(target=stage, args=(lambda s: s.upper() + "!", cleaned, shouted)),
    ]
    for s in stages:
        s.start()
    for line in ["  hello ", "world  ", " weft"]:
        raw.put(line)
    raw.put(STOP)
    output = []
    while True:
        item = shouted.get()
        if item is STOP:
            break
        output.append(item)
    for s in stages:
        s.join()
    print(output)


main()
