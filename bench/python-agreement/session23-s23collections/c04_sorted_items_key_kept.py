import threading

scores = {}
lock = threading.Lock()


def score(name, points):
    with lock:
        scores[name] = scores.get(name, 0) + points


def main():
    threads = [threading.Thread(target=score, args=(n, p)) for n, p in [("b", 2), ("a", 2), ("c", 1), ("b", 1)]]
    for t in threads:
        t.start()
    ranking = sorted(scores.items(), key=lambda kv: kv[1])
    for t in threads:
        t.join()
    print(ranking)
    final = sorted(scores.items())
    print(final)


main()
