# Late binding: main rebinds `limit` after the worker started, so the worker may read either value.
import threading

seen = []


def main():
    limit = 1

    def worker():
        seen.append(limit)

    t = threading.Thread(target=worker)
    t.start()
    limit = 2
    t.join()
    print(seen)


main()
