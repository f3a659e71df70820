# no bug: runners wait on an Event, then record their finish under a lock
import threading

start_gun = threading.Event()
finish_order = []
order_lock = threading.Lock()


def runner(number):
    start_gun.wait()
    with order_lock:
        finish_order.append(number)


runners = [threading.Thread(target=runner, args=(n,)) for n in range(3)]
for r in runners:
    r.start()
start_gun.set()
for r in runners:
    r.join()

finishers = len(finish_order)
assert finishers == 3
