# BUG: check-then-act — q.empty() then q.get_nowait() from two workers; one can find the queue emptied under it
import queue
import threading
import time

work = queue.Queue()
errors = []
handled = []


def drain(name):
    while not work.empty():
        time.sleep(0.001)  # logging, metrics...
        try:
            item = work.get_nowait()
        except queue.Empty:
            errors.append(name)
            return
        handled.append(item)


def main():
    for i in range(3):
        work.put(i)
    threads = [threading.Thread(target=drain, args=(n,)) for n in ("x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(handled))
    assert not errors, f"queue.Empty in {errors}"


main()
