import threading

sizes = {}
lock = threading.Lock()
seen = []


def grow(n):
    for i in range(n):
        with lock:
            sizes[i] = sizes.get(i, 0) + 10


def main():
    t = threading.Thread(target=grow, args=(3,))
    t.start()
    for name in sorted(sizes):
        print(name, sizes[name])
        seen.append(sizes[name])
    for name, size in sorted(sizes.items()):
        print(name, size, sizes[name])
        seen.append((size, sizes[name]))
    t.join()


main()
