import threading

seen = set()
first = 0


def worker(n):
    seen.add(n)


def main():
    global first
    threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first = seen.pop()


main()
