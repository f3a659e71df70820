# A Process child appends to a module list and bumps a module int: the parent's copies do not change.
import multiprocessing

items = [1]
count = 0


def child():
    global count
    items.append(2)
    count += 5


if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print(items, count)
