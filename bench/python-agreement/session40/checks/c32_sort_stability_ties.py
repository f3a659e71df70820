# Check: sort stability with key and reverse=True; max/min with ties return the first. Bug: none.
import threading

order = []
top = ""
low = ""


def worker():
    global top, low
    people = [("ann", 3), ("bob", 1), ("cid", 3), ("dee", 1)]
    people.sort(key=lambda p: p[1], reverse=True)
    order.extend(name for name, _ in people)
    top = max(people, key=lambda p: p[1])[0]
    low = min(people, key=lambda p: p[1])[0]


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"order={order} top={top} low={low}")
