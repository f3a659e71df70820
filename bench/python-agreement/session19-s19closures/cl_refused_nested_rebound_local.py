# Late binding: main rebinds `limit` after the worker started, so the worker may read either value.
# CPython 3.11.7 (10 runs): [1] every run here, [2] possible when the thread runs later. weft import: refused at the def (11:9).
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
