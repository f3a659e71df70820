import threading

slots = [0, 0, 0, 0]


def fill(n):
    for i in range(n):
        slots[i] = (i + 1) * 10


if __name__ == "__main__":
    worker = threading.Thread(target=fill, args=(4,))
    worker.start()
    values = [slots[i] for i in range(len(slots))]
    worker.join()
    after = [slots[i] + 1 for i in range(4)]
    print(values, after)
