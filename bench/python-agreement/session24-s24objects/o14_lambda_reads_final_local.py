# A lambda thread target reads a list and a number the function around binds once: the cell holds
# that one value whenever the lambda runs (late binding changes nothing).
import threading


def record(out, n):
    out.append(n)


def main():
    seen = []
    limit = 3
    threads = [threading.Thread(target=lambda: record(seen, limit)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(seen)
    assert seen == [3, 3]


main()
