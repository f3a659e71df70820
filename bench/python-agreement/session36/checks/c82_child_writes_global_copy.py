"""A child process appends to a module list; the parent's list is unchanged (the child has a copy)."""
import multiprocessing

items = [1]


def child():
    items.append(2)


if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    size = len(items)
    print(size)
