# bug: none
import queue
import threading
import time

kitchen = queue.Queue(maxsize=2)
served = []
blocked = []


def waiter(orders):
    for order in orders:
        try:
            kitchen.put(order, timeout=0.001)
        except queue.Full:
            blocked.append(order)
            kitchen.put(order)
    kitchen.put(None)


def cook():
    while (order := kitchen.get()) is not None:
        time.sleep(0.003)
        served.append(order.title())
        kitchen.task_done()
    kitchen.task_done()


orders = ["soup", "salad", "steak", "pie", "tea"]
threads = [threading.Thread(target=waiter, args=(orders,)), threading.Thread(target=cook)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"served={served} blocked_any={bool(blocked)} empty={kitchen.empty()}")
