from multiprocessing import Process

counter = 0
items: list[int] = []


def child() -> None:
    global counter
    counter += 5
    items.append(1)


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join()
    parent_counter = counter
    parent_items = len(items)
    print(parent_counter, parent_items)
