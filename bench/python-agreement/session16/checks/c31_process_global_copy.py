# check: a child process's writes to a global list do not reach the parent
import multiprocessing

log = []


def child():
    log.append("child")


if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print(log)
