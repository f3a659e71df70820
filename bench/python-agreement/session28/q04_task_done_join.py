import queue
import threading

tasks: queue.Queue[int] = queue.Queue()
squares: dict[int, int] = {}
handled_by: dict[str, int] = {}
lock = threading.Lock()


def worker() -> None:
    name = threading.current_thread().name
    while True:
        n = tasks.get()
        try:
            with lock:
                squares[n] = n * n
                handled_by[name] = handled_by.get(name, 0) + 1
        finally:
            tasks.task_done()


for i in range(3):
    threading.Thread(target=worker, name=f"worker-{i}", daemon=True).start()

for n in range(1, 7):
    tasks.put(n)
tasks.join()

total = sum(squares.values())
handled = sum(handled_by.values())
print(f"total={total} handled={handled}")
assert total == 91 and handled == 6
