# a child process that fails (ZeroDivisionError) ends alone; the parent goes on normally
from multiprocessing import Process, Value


def divide(result, d):
    result.value = 100 // d


if __name__ == "__main__":
    result = Value("i", -1)
    bad = Process(target=divide, args=(result, 0))
    bad.start()
    bad.join()
    good = Process(target=divide, args=(result, 4))
    good.start()
    good.join()
    final = result.value
    print(final)
