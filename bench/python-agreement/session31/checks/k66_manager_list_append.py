# processes append to a Manager().list(); the parent reads its length and sum
from multiprocessing import Manager, Process


def add(shared, values):
    for v in values:
        shared.append(v)


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.list()
        ps = [Process(target=add, args=(shared, vals)) for vals in ([1, 2], [10])]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        n = len(shared)
        total = sum(shared)
        first = shared[0]
    print(n, total, first)
