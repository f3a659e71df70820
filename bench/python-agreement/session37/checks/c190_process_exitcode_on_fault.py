import multiprocessing as mp


def child(text):
    try:
        print(int(text))
    finally:
        print("child end")


if __name__ == "__main__":
    log = []
    procs = [mp.Process(target=child, args=(t,)) for t in ("1", "x")]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    log.extend(p.exitcode for p in procs)
    print(log)  # ordered
