import multiprocessing as mp

log = []
counter = {"n": 0}


def child():
    log.append("child")
    counter["n"] += 1


if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    log.append(counter["n"])
    print(log)  # ordered
