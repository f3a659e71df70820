import threading

groups = {"a": set()}
order = []


def worker(n):
    groups["a"].add(n)


def main():
    threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for x in groups["a"]:
        order.append(x)


main()
