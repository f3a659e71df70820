import threading

log = []


def main():
    totals = {"hits": 0}
    lock = threading.Lock()

    def handler(n):
        for _ in range(n):
            with lock:
                totals["hits"] += 1

    threads = [threading.Thread(target=handler, args=(n,)) for n in (2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.append(totals["hits"])


if __name__ == "__main__":
    main()
    print(log)  # ordered
