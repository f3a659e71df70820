# max/min with key= inside expressions (an item of the result, a print, an f-string), key=d.get and
# key=str.lower, default= for an empty list, and a list another thread may still be appending to.
import threading

scores = {}
names = []
lock = threading.Lock()


def record(name, points):
    with lock:
        scores[name] = points
        names.append(name)


pairs = [("Dan", 3), ("amy", -1), ("Bob", 3)]
threads = [threading.Thread(target=record, args=pair) for pair in pairs]
for t in threads:
    t.start()
first = max(names, key=len, default="none")
for t in threads:
    t.join()

leader = max(scores, key=scores.get)
alphabetical_first = min(names, key=str.lower)
best_points = max(scores.items(), key=lambda kv: kv[1])[1]
print(f"lowest={min(scores.items(), key=lambda kv: kv[1])[0]}")
empty = []
nobody = max(empty, key=len, default=None)
smallest = min(empty, default=-1)
print(leader, alphabetical_first, best_points, nobody, smallest, first)
