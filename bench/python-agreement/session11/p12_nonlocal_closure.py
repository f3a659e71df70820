import threading
def main():
    total = [0]
    lock = threading.Lock()
    def add(n):
        with lock:
            total[0] += n
    ts = [threading.Thread(target=add, args=(i,)) for i in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    return total[0]
result = main()
print(result)
