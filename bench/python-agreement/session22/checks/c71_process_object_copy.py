import multiprocessing as mp


class Box:
    def __init__(self):
        self.items = []
        self.count = 0


box = Box()


def fill(b):
    b.count += 5
    b.items.append("x")


if __name__ == "__main__":
    p = mp.Process(target=fill, args=(box,))
    p.start()
    p.join()
    print(box.count, box.items)
