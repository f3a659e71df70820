import threading

d = {}
keys = []


def worker(n):
    d[n] = n
    d.pop(n)
    d[n] = n + 1


def main():
    d[1] = 0
    d[2] = 0
    t = threading.Thread(target=worker, args=(1,))
    t.start()
    t.join()
    for k in d:
        keys.append(k)


main()
