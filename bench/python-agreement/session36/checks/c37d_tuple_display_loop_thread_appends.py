import threading

sizes = []


def grow(items):
    items.append(0)


def main():
    for items in ([1, 2], [3]):
        t = threading.Thread(target=grow, args=(items,))
        t.start()
        t.join()
        sizes.append(len(items))


main()
print(sizes)
