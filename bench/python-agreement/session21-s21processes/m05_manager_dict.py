"""Workers write their results into a Manager().dict() the parent reads after the joins."""
from multiprocessing import Manager, Process

total = 0


def work(shared, key):
    shared[key] = key * key


if __name__ == "__main__":
    with Manager() as manager:
        squares = manager.dict()
        workers = [Process(target=work, args=(squares, k)) for k in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        total = sum(squares.values())
    assert total == 5
