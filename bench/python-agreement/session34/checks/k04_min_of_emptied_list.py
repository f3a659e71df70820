# max() of a shared list another thread empties: ValueError only in some orders.
import threading

items = [3, 9]
seen = []
errors = 0


def drain():
    while items:
        items.pop()


def report():
    global errors
    try:
        seen.append(max(items))
    except ValueError:
        errors += 1


threads = [threading.Thread(target=drain), threading.Thread(target=report)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, errors)
