# An exception the child catches itself leaves exitcode 0.
from multiprocessing import Process, Value


def guarded(result, d):
    try:
        result.value = 100 // d
    except ZeroDivisionError:
        result.value = -2


if __name__ == "__main__":
    result = Value("i", 0)
    p = Process(target=guarded, args=(result, 0))
    p.start()
    p.join()
    code = p.exitcode
    final = result.value
