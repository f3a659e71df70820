# BUG: check-then-act: two consumers test q.empty() then call a blocking get(); one of them waits forever (hang).
import queue
import threading

work: "queue.Queue[int]" = queue.Queue()
work.put(7)
taken: list[int] = []


def consumer() -> None:
    if not work.empty():
        item = work.get()
        taken.append(item)


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
taken_count = len(taken)
print(f"taken={taken_count}")
