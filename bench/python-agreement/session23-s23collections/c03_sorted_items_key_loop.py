import threading

counts = {}
lock = threading.Lock()
order = []


def count(words):
    for w in words:
        with lock:
            counts[w] = counts.get(w, 0) + 1


a = threading.Thread(target=count, args=(["the", "cat", "the"],))
b = threading.Thread(target=count, args=(["dog", "the", "cat"],))
a.start()
b.start()
a.join()
b.join()
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word}: {n}")
    order.append((word, n))
