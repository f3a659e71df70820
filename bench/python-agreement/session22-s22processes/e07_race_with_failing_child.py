# BUG: the parent reads the counter without joining the failing child first; which value it sees races.
from multiprocessing import Process, Value


def bump_then_fail(counter):
    counter.value += 1
    raise KeyError("boom")


if __name__ == "__main__":
    counter = Value("i", 0)
    p = Process(target=bump_then_fail, args=(counter,))
    p.start()
    seen = counter.value
    p.join()
    code = p.exitcode
    assert seen == 1, "read before the child wrote"
