# A child that raises ValueError ends alone (exitcode 1); its sibling writes the Value; the parent goes on.
from multiprocessing import Process, Value


def check(flag, n):
    if n < 0:
        raise ValueError("negative")
    flag.value = n


if __name__ == "__main__":
    flag = Value("i", 0)
    bad = Process(target=check, args=(flag, -1))
    good = Process(target=check, args=(flag, 7))
    bad.start()
    good.start()
    bad.join()
    good.join()
    bad_code = bad.exitcode
    good_code = good.exitcode
    final = flag.value
