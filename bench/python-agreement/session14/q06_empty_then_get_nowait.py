# Known bug: check-then-act on a queue (both threads see not q.empty(), the second get_nowait raises queue.Empty)
import queue
import threading
import time

tasks = queue.Queue()
tasks.put("only-task")
handled = []


def worker(name):
    if not tasks.empty():
        time.sleep(0.001)
        task = tasks.get_nowait()
        handled.append(name)
        print(f"{name} handled {task}")


def main():
    ts = [threading.Thread(target=worker, args=(n,)) for n in ("w1", "w2")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(f"handled={handled}")


if __name__ == "__main__":
    main()
