# sorted(d.items(), key=...) sliced in one expression: ties keep insertion order (stable sort),
# negative keys, reverse=True, and a tuple key; the dict is filled by threads in a racing order.
import threading

scores = {}
lock = threading.Lock()


def record(name, points):
    with lock:
        scores[name] = points


pairs = [("dan", 3), ("amy", -1), ("bob", 3), ("cal", 0), ("eve", -1)]
threads = [threading.Thread(target=record, args=pair) for pair in pairs]
for t in threads:
    t.start()
for t in threads:
    t.join()

top = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
bottom = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[-2:]
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[1:4]
first_name = sorted(scores, key=lambda name: (scores[name], name))[0]
print(top, bottom, ranked, first_name)
