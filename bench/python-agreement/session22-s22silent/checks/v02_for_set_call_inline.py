import threading

seen = set()
order = []


def worker(n):
    seen.add(n)


def spawn_all():
    threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


items = [9, 3, 5, 3]


def main():
    for x in set(items):
        order.append(x)


main()
