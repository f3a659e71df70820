import threading

seen = set()


def worker(n):
    seen.add(n)


def main():
    threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


main()
