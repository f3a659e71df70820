# BUG: check-then-act: two consumers test q.empty() and then get(): one may find the last item already taken
import queue
import threading

q: queue.Queue = queue.Queue()
for order_id in (101, 102, 103):
    q.put(order_id)
shipped: list[int] = []
errors: list[str] = []


def consumer(name: str) -> None:
    while not q.empty():
        try:
            order = q.get(timeout=0.1)
        except queue.Empty:
            errors.append(f"{name}: queue was empty after the check")
            return
        shipped.append(order)


consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
print("shipped", sorted(shipped), "errors", errors)
assert not errors, errors[0]
