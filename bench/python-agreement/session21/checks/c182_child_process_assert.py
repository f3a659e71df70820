# an assert that fails in a child process ends the child only; the parent's program goes on (status ok)
from multiprocessing import Process, Value


def check(v):
    assert v.value > 0, "value must be positive"
    v.value = 10


if __name__ == "__main__":
    v = Value("i", 0)
    p = Process(target=check, args=(v,))
    p.start()
    p.join()
    v.value = 5
    final = v.value
