"""Methods of `str` handed to stages as functions: `str.strip`, `str.lower`, and `str.startswith` called
with the string first."""
import queue
import threading

DONE = None


def stage(func, inbox, outbox):
    while True:
        item = inbox.get()
        if item is DONE:
            outbox.put(DONE)
            return
        if str.startswith(item, "#"):
            continue
        outbox.put(func(item))


def main():
    raw = queue.Queue()
    trimmed = queue.Queue()
    lowered = queue.Queue()
    workers = [
        threading.Thread(target=stage, args=(str.strip, raw, trimmed)),
        threading.Thread(target=stage, args=(str.lower, trimmed, lowered)),
    ]
    for w in workers:
        w.start()
    for line in ["  Alpha ", "# note", "BETA  "]:
        raw.put(line)
    raw.put(DONE)
    seen = []
    while True:
        item = lowered.get()
        if item is DONE:
            break
        seen.append(item)
    for w in workers:
        w.join()
    assert seen == ["alpha", "beta"], seen
    print(seen)


main()
