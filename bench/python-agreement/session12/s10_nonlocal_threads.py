import threading
def main():
    count = 0
    lock = threading.Lock()
    def work():
        nonlocal count
        for _ in range(3):
            with lock:
                count += 1
    ts = [threading.Thread(target=work) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(count)
main()
