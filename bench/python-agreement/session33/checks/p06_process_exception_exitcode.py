import multiprocessing as mp


def crash():
    raise RuntimeError("boom")


if __name__ == "__main__":
    p = mp.Process(target=crash)
    p.start()
    p.join()
    print(p.exitcode)
