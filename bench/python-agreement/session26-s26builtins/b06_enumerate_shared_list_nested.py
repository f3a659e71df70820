import threading
log = []
lock = threading.Lock()
def add(name, n):
    with lock:
        log.append((name, n))
def main():
    ts = [threading.Thread(target=add, args=(k, v)) for k, v in [("a", 3), ("b", -2), ("c", 5)]]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    weighted = 0
    for i, (name, n) in enumerate(log):
        weighted += i * n
    w2 = 0
    for i, pair in enumerate(log):
        w2 += i * pair[1]
    return weighted
result = main()
print(result)
