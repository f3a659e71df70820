from multiprocessing import Process

counter = 0
items: list[int] = []


def child() -> None:
    global counter
    counter += 1  # the child's own copy of the module
    items.append(99)


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join()
    print(counter, items)
    assert counter == 0 and items == []
