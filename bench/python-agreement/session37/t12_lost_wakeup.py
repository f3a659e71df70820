# BUG: lost wake-up: the consumer tests `ready` outside the Condition, so the notify can come before its wait and the order is never handled
import threading

ready = False
orders = []
handled = []
timed_out = 0
cond = threading.Condition()


def waiter_thread():
    global timed_out
    if not ready:
        with cond:
            if not cond.wait(timeout=0.3):
                timed_out += 1
                return
    handled.extend(orders)


def kitchen():
    global ready
    orders.extend(["soup", "salad"])
    ready = True
    with cond:
        cond.notify()


w = threading.Thread(target=waiter_thread)
k = threading.Thread(target=kitchen)
w.start()
k.start()
w.join()
k.join()

print(f"handled={handled} timed_out={timed_out}")
