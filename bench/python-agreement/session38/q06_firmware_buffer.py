# BUG: check-then-act on a bounded queue: two flashers check `not buffer.full()` and then put_nowait;
# both can see one free slot, and the second put_nowait raises queue.Full, which drops its block.
import queue
import threading

buffer = queue.Queue(maxsize=2)
buffer.put("header")
written = []
dropped = []


def flasher(block):
    if not buffer.full():
        try:
            buffer.put_nowait(block)
            written.append(block)
        except queue.Full:
            dropped.append(block)
    else:
        dropped.append(f"skip-{block}")


threads = [threading.Thread(target=flasher, args=(block,)) for block in ["b1", "b2"]]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"written={sorted(written)} dropped={sorted(dropped)} size={buffer.qsize()}")
