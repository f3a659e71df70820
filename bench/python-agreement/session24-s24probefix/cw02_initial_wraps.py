"""A Value's and an Array's initial values are stored at the C width too."""
import multiprocessing


def bump(counter, cells):
    counter.value = counter.value + 1
    cells[0] = cells[0] + 1


if __name__ == "__main__":
    counter = multiprocessing.Value("B", 300)
    cells = multiprocessing.Array("h", [40000, 7])
    p = multiprocessing.Process(target=bump, args=(counter, cells))
    p.start()
    p.join()
    c = counter.value
    first = cells[0]
    second = cells[1]
    print(c, first, second)
