# a non-daemon child process that the parent never joins: Python waits for it at exit, after its write
import time
from multiprocessing import Process, Value


def slow_write(v):
    time.sleep(0.05)
    v.value = 1


if __name__ == "__main__":
    v = Value("i", 0)
    p = Process(target=slow_write, args=(v,))
    p.start()
    at_end_of_main = v.value
