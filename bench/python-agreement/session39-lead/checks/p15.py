import threading
words = []
lock = threading.Lock()
def add(text):
    for w in text.split():
        w = w.strip(".,").lower()
        if w and w not in words:
            with lock:
                words.append(w)
ts = [threading.Thread(target=add, args=("The cat. The dog,",)), threading.Thread(target=add, args=("a Cat and dog",))]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(words), len(words), " ".join(sorted(words)).upper(), "-".join(w[:2] for w in sorted(words)))
