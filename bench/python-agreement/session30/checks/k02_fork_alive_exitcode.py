from multiprocessing import Process
import time

alive_at_start = -1
code_before_join = -5
code_after = -5


def child():
    time.sleep(0.005)


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    alive_at_start = int(p.is_alive())
    code_before_join = -1 if p.exitcode is None else p.exitcode
    p.join()
    code_after = p.exitcode
    print(alive_at_start, code_before_join, code_after)
