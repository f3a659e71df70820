import threading
counts = {}
def count(word):
    counts[word] = counts.get(word, 0) + 1
ts = [threading.Thread(target=count, args=(w,)) for w in [1, 2, 1, 1]]
for t in ts: t.start()
for t in ts: t.join()
print(counts[1], counts[2])
