# items.remove(x) of an absent item raises ValueError; two threads remove the same item.
import threading

items = [1, 2]
errors = 0
lock = threading.Lock()


def work():
    global errors
    try:
        items.remove(2)
    except ValueError:
        with lock:
            errors += 1


ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors, items)
