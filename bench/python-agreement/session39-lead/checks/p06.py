import threading
scores = {"ann": 3, "bo": 7, "cy": 5}
out = []
lock = threading.Lock()
def bump(name, by):
    with lock:
        scores[name] = scores.get(name, 0) + by
t1 = threading.Thread(target=bump, args=("bo", 2)); t2 = threading.Thread(target=bump, args=("dee", 4))
t1.start(); t2.start(); t1.join(); t2.join()
ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
print(ranked, max(scores, key=scores.get), min(scores.values()), sum(scores.values()))
