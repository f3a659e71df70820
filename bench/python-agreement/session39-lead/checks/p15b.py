import threading
words = []
lock = threading.Lock()
def add(text, n):
    for w in text.split(","):
        if w and w not in words:
            with lock:
                words.append(w)
        if n and n not in words:
            words.append(n)
ts = [threading.Thread(target=add, args=("a,,b", 0)), threading.Thread(target=add, args=(",c", 5))]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(words, key=str))
