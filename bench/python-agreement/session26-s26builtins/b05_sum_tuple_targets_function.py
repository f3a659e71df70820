import threading
scores = {}
log = []
lock = threading.Lock()
def add(name, n):
    with lock:
        scores[name] = n
        log.append((name, n))
def main():
    ts = [threading.Thread(target=add, args=(k, v)) for k, v in [("a", 3), ("b", -2), ("c", 5)]]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total = sum(v for k, v in scores.items() if k != "b")
    weighted = sum(i * n for i, (name, n) in enumerate(log))
    pairs = sum(n for name, n in log if n > 0)
    return total, weighted, pairs
result = main()
print(result)
