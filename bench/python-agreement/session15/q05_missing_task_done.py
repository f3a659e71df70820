# bug: the worker skips task_done() for bad items, so queue.join() never returns (hang)
import queue
import threading

work = queue.Queue()
good = 0
all_done = 0


def worker():
    global good
    while True:
        item = work.get()
        if item < 0:
            continue  # forgot work.task_done() here
        good += 1
        work.task_done()


def wait_for_work():
    global all_done
    work.join()
    all_done = 1


threading.Thread(target=worker, daemon=True).start()
for item in [1, -1, 2]:
    work.put(item)

waiter = threading.Thread(target=wait_for_work, daemon=True)
waiter.start()
waiter.join(timeout=0.2)
print("joined" if all_done else "queue.join() is stuck", good)
