import threading

seen = set()
text = ""


def worker(n):
    seen.add(str(n))


def main():
    global text
    threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    text = ",".join(seen)


main()
