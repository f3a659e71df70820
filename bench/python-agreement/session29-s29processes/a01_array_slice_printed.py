"""A child fills a multiprocessing.Array; the parent prints slices of it (whole, bounded, in an f-string)
while the child may still be writing: each slice is one read under the Array's lock."""
from multiprocessing import Array, Process

total = 0


def fill(table):
    for i in range(len(table)):
        with table.get_lock():
            table[i] = i + 1


if __name__ == "__main__":
    table = Array("i", 4)
    child = Process(target=fill, args=(table,))
    child.start()
    print(table[:])
    print(f"middle={table[1:3]} tail={table[2:]}")
    child.join()
    total = sum(table[:])
    print("after", table[:], total)
    assert total == 10
