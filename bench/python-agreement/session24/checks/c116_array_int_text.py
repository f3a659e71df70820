"""An Array("i") read whole with [:] is a list of ints; its text is the list's."""
import multiprocessing


def fill(slots):
    for i in range(len(slots)):
        slots[i] = i * i


if __name__ == "__main__":
    slots = multiprocessing.Array("i", 3)
    p = multiprocessing.Process(target=fill, args=(slots,))
    p.start()
    p.join()
    values = slots[:]
    total = sum(values)
    print(values, total)
