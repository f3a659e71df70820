"""for-else and while-else: the else runs only when the loop did not break."""
import threading

found = -1
flags = []


def search(target):
    global found
    for i, v in enumerate([4, 8, 15, 16]):
        if v == target:
            found = i
            break
    else:
        flags.append(0)
    n = 0
    while n < 3:
        n += 1
    else:
        flags.append(n)


if __name__ == "__main__":
    t1 = threading.Thread(target=search, args=(15,))
    t1.start()
    t1.join()
    t2 = threading.Thread(target=search, args=(99,))
    t2.start()
    t2.join()
