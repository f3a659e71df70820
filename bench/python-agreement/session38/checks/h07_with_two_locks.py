# `with a, b:` takes both locks in order; two threads move stock between two shelves.
import threading

log = []
shelf_lock = threading.Lock()
stock_lock = threading.Lock()
shelves = {"front": 5, "back": 5}


def move(src, dst, count):
    for _ in range(count):
        with shelf_lock, stock_lock:
            if shelves[src] > 0:
                shelves[src] -= 1
                shelves[dst] += 1


threads = [threading.Thread(target=move, args=("front", "back", 3)),
           threading.Thread(target=move, args=("back", "front", 7))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(shelves["front"])
log.append(shelves["back"])
print(log)
