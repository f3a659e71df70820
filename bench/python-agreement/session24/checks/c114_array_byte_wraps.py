"""multiprocessing.Array("b") holds signed bytes: 120 + 10 stored there wraps to -126."""
import multiprocessing


def bump(levels):
    for i in range(len(levels)):
        value = levels[i]
        levels[i] = value + 10


if __name__ == "__main__":
    levels = multiprocessing.Array("b", [120, 5])
    p = multiprocessing.Process(target=bump, args=(levels,))
    p.start()
    p.join()
    first = levels[0]
    second = levels[1]
    print(first, second)
