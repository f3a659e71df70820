# BUG: check-then-act: consumers test empty() and then get_nowait(), so two can race for the last item (queue.Empty)
import queue
import threading

orders = queue.Queue()
for order_id in range(3):
    orders.put(order_id)

shipped = []


def shipper(name):
    while not orders.empty():
        order = orders.get_nowait()
        shipped.append(f"{name}:{order}")


if __name__ == "__main__":
    workers = [threading.Thread(target=shipper, args=(n,)) for n in ("east", "west")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    shipped_count = len(shipped)
