from multiprocessing import Process, Value
import time

early = -1


def child(flag):
    flag.value = 1


if __name__ == "__main__":
    flag = Value("i", 0)
    p = Process(target=child, args=(flag,))
    p.start()
    time.sleep(0.002)
    early = flag.value
    p.join()
    print(early)
