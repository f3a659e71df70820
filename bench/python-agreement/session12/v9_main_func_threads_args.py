import threading
def worker(shared, lock, n):
    for _ in range(n):
        with lock:
            shared[0] += 1
def main():
    shared = [0]
    lock = threading.Lock()
    threads = [threading.Thread(target=worker, args=(shared, lock, 3)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(shared[0])
if __name__ == "__main__":
    main()
